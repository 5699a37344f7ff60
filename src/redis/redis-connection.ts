import type { Redis } from 'ioredis';
import { ClosedError, CoordinationUnavailableError } from '../errors/infrastructure-errors.js';
import type { Logger } from '../logger.js';

/**
 * The one Redis client the backend's parts share, and the rule every command follows: it either answers
 * within `timeoutMs` or fails with CoordinationUnavailableError. A command is only sent while the client is
 * ready, so nothing waits in ioredis's offline queue to run late, after its caller has given up.
 */
export class RedisConnection {
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
    readonly client: Redis,
    /** True when the backend created the client and must quit it on close. */
    private readonly owned: boolean,
    readonly timeoutMs: number,
    private readonly logger: Logger,
  ) {
    client.on('ready', this.onReady);
    client.on('error', this.onError);
  }

  get isReady(): boolean {
    return this.client.status === 'ready';
  }

  /** Calls `listener` each time the client (re)connects. Returns the unsubscribe function. */
  onReconnect(listener: () => void): () => void {
    this.readyListeners.add(listener);
    return () => this.readyListeners.delete(listener);
  }

  /** Runs one Redis operation within the bound. `what` names it in the error (never a key with a secret). */
  async run<T>(what: string, operation: (client: Redis) => Promise<T>): Promise<T> {
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
      return await Promise.race([operation(this.client), timeout]);
    } catch (error) {
      if (error instanceof CoordinationUnavailableError) throw error;
      if (isServerReply(error)) throw error;
      throw this.unavailable(what, error instanceof Error ? error.message : String(error), error);
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.client.off('ready', this.onReady);
    this.readyListeners.clear();
    if (!this.owned) {
      this.client.off('error', this.onError);
      return;
    }
    try {
      if (this.client.status === 'ready') await Promise.race([this.client.quit(), delay(this.timeoutMs)]);
    } catch {
      // Quitting a broken connection may fail; disconnect below releases the socket either way.
    }
    this.client.disconnect();
    this.client.off('error', this.onError);
  }

  private waitForReady(what: string, deadline: number): Promise<void> {
    if (this.client.status === 'end') {
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

  private unavailable(what: string, why: string, cause?: unknown): CoordinationUnavailableError {
    return new CoordinationUnavailableError(
      `Redis did not answer (${what}): ${why}`,
      cause === undefined ? {} : { cause },
    );
  }
}

/** Replies that mean the server cannot serve right now (loading, failing over), not that the command is wrong. */
const TRANSIENT_REPLY = /^(LOADING|READONLY|MASTERDOWN|BUSY|TRYAGAIN|CLUSTERDOWN)\b/;

/** An error the server sent (a script error, WRONGTYPE): a bug or bad data, not an outage. */
function isServerReply(error: unknown): boolean {
  return error instanceof Error && error.name === 'ReplyError' && !TRANSIENT_REPLY.test(error.message);
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
