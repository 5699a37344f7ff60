import { inspect } from 'node:util';
import { ClosedError, CoordinationUnavailableError, StoreError } from '../errors/infrastructure-errors.js';
import { isXeroConnectionsError } from '../errors/xero-connections-error.js';
import type { Logger } from '../logger.js';
import type { RedisClient } from './redis-client.js';

/**
 * The one Redis client the backend's parts share, and the rule every command follows: it either answers
 * within `timeoutMs` or fails with CoordinationUnavailableError. A command is only sent while the client is
 * ready, so nothing waits in ioredis's offline queue to run late, after its caller has given up.
 *
 * A driver error never leaves this class: ioredis attaches the command's arguments (record JSON with
 * tokens, PKCE verifiers) to its errors, and Redis echoes arguments in some replies. Each is re-issued as
 * CoordinationUnavailableError or StoreError whose cause keeps only a name, a fixed message and the code.
 */
export class RedisConnection {
  /** Private: the client's options hold the Redis password and its queues hold commands with records. */
  readonly #client: RedisClient;
  private closed = false;
  private readonly readyListeners = new Set<() => void>();
  private readonly onReady = () => {
    for (const listener of [...this.readyListeners]) listener();
  };
  private readonly onError = (error: Error) => {
    // Without a listener ioredis prints every reconnect failure; the calls themselves report the outage.
    this.logger.debug('redis connection error', { error: error.message });
  };

  constructor(
    client: RedisClient,
    /** True when the backend created the client and must quit it on close. */
    private readonly owned: boolean,
    readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {
    this.#client = client;
    client.on('ready', this.onReady);
    client.on('error', this.onError);
  }

  get client(): RedisClient {
    return this.#client;
  }

  get isReady(): boolean {
    return this.#client.status === 'ready';
  }

  [inspect.custom](): string {
    return `RedisConnection { status: '${this.#client.status}', timeoutMs: ${this.timeoutMs} }`;
  }

  toJSON(): Record<string, unknown> {
    return { status: this.#client.status, timeoutMs: this.timeoutMs };
  }

  /** Calls `listener` each time the client (re)connects. Returns the unsubscribe function. */
  onReconnect(listener: () => void): () => void {
    this.readyListeners.add(listener);
    return () => this.readyListeners.delete(listener);
  }

  /** Runs one Redis operation within the bound. `what` names it in the error (never a key with a secret). */
  async run<T>(what: string, operation: (client: RedisClient) => Promise<T>): Promise<T> {
    if (this.closed) throw new ClosedError(`The Redis backend was closed (${what})`);
    const deadline = Date.now() + this.timeoutMs;
    if (!this.isReady) await this.waitForReady(what, deadline);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(this.unavailable(what, `no answer within ${this.timeoutMs} ms`)),
        Math.max(1, deadline - Date.now()),
      );
    });
    try {
      return await Promise.race([operation(this.#client), timeout]);
    } catch (error) {
      if (isXeroConnectionsError(error)) throw error;
      throw this.reissue(what, error);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.#client.off('ready', this.onReady);
    this.readyListeners.clear();
    if (!this.owned) {
      this.#client.off('error', this.onError);
      return;
    }
    try {
      if (this.#client.status === 'ready') await Promise.race([this.#client.quit(), delay(this.timeoutMs)]);
    } catch {
      // Quitting a broken connection may fail; disconnect below releases the socket either way.
    }
    this.#client.disconnect();
    this.#client.off('error', this.onError);
  }

  private waitForReady(what: string, deadline: number): Promise<void> {
    if (this.#client.status === 'end') {
      return Promise.reject(this.unavailable(what, 'the client connection has ended'));
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => {
          this.readyListeners.delete(done);
          reject(this.unavailable(what, `not connected within ${this.timeoutMs} ms`));
        },
        Math.max(1, deadline - Date.now()),
      );
      const done = () => {
        clearTimeout(timer);
        this.readyListeners.delete(done);
        resolve();
      };
      this.readyListeners.add(done);
    });
  }

  private unavailable(what: string, why: string, cause?: Error): CoordinationUnavailableError {
    return new CoordinationUnavailableError(
      `Redis did not answer (${what}): ${why}`,
      cause === undefined ? {} : { cause },
    );
  }

  /** A driver error as an SDK error: an outage when it clears by itself, a store error when it will not. */
  private reissue(what: string, error: unknown): CoordinationUnavailableError | StoreError {
    if (error instanceof Error && error.name === 'ReplyError') {
      const code = replyCode(error.message);
      const cause = cleanCause(
        'ReplyError',
        `${code} ${REPLY_MEANING[code] ?? 'Redis rejected the command'}`,
        code,
      );
      if (OUTAGE_REPLIES.has(code)) {
        return new CoordinationUnavailableError(
          `Redis cannot serve the command now (${what}): ${cause.message}`,
          {
            cause,
          },
        );
      }
      return new StoreError(`Redis refused the command (${what}): ${cause.message}`, { cause });
    }
    // Client-side failures (connection lost, command timed out): ioredis's own wording, minus any argument
    // of the command it may quote.
    const message = error instanceof Error ? withoutArguments(error) : 'a non-error was thrown';
    const code = (error as { code?: unknown } | undefined)?.code;
    const name = error instanceof Error ? error.name : 'Error';
    return this.unavailable(
      what,
      message,
      cleanCause(
        name,
        message,
        typeof code === 'string' && /^[A-Z0-9_]{1,32}$/.test(code) ? code : undefined,
      ),
    );
  }
}

/**
 * Replies that say the server cannot take writes now but will without anyone touching the SDK's code or
 * data (loading, failover, a failed snapshot, memory full): treated like Redis being down, so callers see
 * the same bounded, retryable CoordinationUnavailableError (and the limiter may fall back to local).
 */
const OUTAGE_REPLIES: ReadonlySet<string> = new Set([
  'LOADING',
  'READONLY',
  'MASTERDOWN',
  'BUSY',
  'TRYAGAIN',
  'CLUSTERDOWN',
  'MISCONF',
  'OOM',
  'NOREPLICAS',
]);

/**
 * Fixed wording per reply code. The reply text itself is never kept: Redis echoes arguments in some
 * replies (an unknown command's, a script's error_reply), and arguments carry records.
 */
const REPLY_MEANING: Readonly<Record<string, string>> = {
  LOADING: 'Redis is loading its dataset',
  READONLY: 'the server is a read-only replica (failover in progress, or the URL names a replica)',
  MASTERDOWN: 'the replica lost its primary',
  BUSY: 'Redis is busy running a script',
  TRYAGAIN: 'Redis asked to try again',
  CLUSTERDOWN: 'the cluster is down',
  MISCONF: 'Redis refuses writes because its last RDB snapshot failed (stop-writes-on-bgsave-error)',
  OOM: 'Redis refuses writes because used memory is over maxmemory',
  NOREPLICAS: 'not enough replicas to accept writes (min-replicas-to-write)',
  NOPERM: 'the Redis user lacks a permission the backend needs (check its ACL)',
  NOAUTH: 'Redis requires authentication',
  WRONGPASS: 'Redis refused the credentials',
  WRONGTYPE: 'a key holds a value of another type (does another program write under this keyPrefix?)',
  NOSCRIPT: 'a script is not loaded',
  CROSSSLOT: 'the keys of one command are in different cluster hash slots (a key layout bug)',
  ERR: 'Redis rejected the command or a script failed',
};

/** The reply's error code: its first word by Redis convention (`ERR`, `WRONGTYPE`, `OOM`, …). */
function replyCode(message: string): string {
  return /^([A-Z][A-Z_]{1,31})(?![A-Za-z0-9_])/.exec(message)?.[1] ?? 'ERR';
}

/** A stand-in cause with only a name, a message and a code: no `command`, no arguments, no stack. */
function cleanCause(name: string, message: string, code: string | undefined): Error {
  const clean = new Error(message);
  clean.name = name;
  if (code !== undefined) (clean as Error & { code?: string }).code = code;
  clean.stack = `${name}: ${message}`;
  return clean;
}

/** The error's message with every argument of the command it names (ioredis attaches `command`) cut out. */
function withoutArguments(error: Error): string {
  let message = error.message;
  const args = (error as { command?: { args?: unknown } }).command?.args;
  if (Array.isArray(args)) {
    for (const arg of args) {
      const text = typeof arg === 'string' ? arg : Buffer.isBuffer(arg) ? arg.toString('utf8') : undefined;
      if (text !== undefined && text.length >= 4) message = message.split(text).join('[argument]');
    }
  }
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
