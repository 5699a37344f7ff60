import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { type Logger, silentLogger } from '../logger.js';
import { parseOptions } from '../options.js';
import { AcknowledgedPayloads } from './acknowledged-payloads.js';
import { verifyXeroWebhook, XERO_SIGNATURE_HEADER } from './verify-signature.js';
import { webhookPayloadSchema, type XeroWebhookPayload } from './webhook-payload.js';

/** What `onEvents` receives besides the batch. */
export interface WebhookBatchContext {
  /** Fires when the answer deadline passed: Xero was told to redeliver, so stop and let the retry do it. */
  signal: AbortSignal;
}

/** Options of {@link XeroWebhookHandler}. */
export interface XeroWebhookHandlerOptions {
  /** The webhook key Xero shows on the app's Webhooks page (not the client secret). */
  webhookKey: string;
  /**
   * Takes one verified batch (never an intent-to-receive request, which has no events). Resolve only
   * once the batch is durably yours (queued, stored): the request is acknowledged when it resolves. Throw,
   * or overrun `timeoutMs`, and Xero is answered non-2xx and redelivers the batch. It may run again for
   * the same events (Xero redelivers, and events are notifications), so make it idempotent.
   */
  onEvents(payload: XeroWebhookPayload, context: WebhookBatchContext): Promise<void> | void;
  /**
   * How long `onEvents` may take before the request is answered 503. Xero waits 5 seconds for an
   * answer; the default leaves a second for the network. @default 4000
   */
  timeoutMs?: number | undefined;
  /**
   * How many acknowledged bodies are remembered, so a body received again (a retry after a lost 200, a
   * replay) is answered 200 without reaching `onEvents`. 0 turns it off. Memory per process. @default 1000
   */
  rememberPayloads?: number | undefined;
  /** Largest body the `node:http` listener reads; larger requests get 413. @default 1048576 (1 MiB) */
  maxBodyBytes?: number | undefined;
  /** Where refused requests and failed batches are reported (never with the body or key). */
  logger?: Logger | undefined;
}

/** The answer for one webhook request: send `status` with `body` (always empty: Xero requires it). */
export interface WebhookAnswer {
  status: 200 | 400 | 401 | 500 | 503;
  body: '';
  /** Why, for your logs (`accepted`, `intent-to-receive`, `already-acknowledged`, `bad-signature`…). */
  outcome:
    | 'accepted'
    | 'intent-to-receive'
    | 'already-acknowledged'
    | 'bad-signature'
    | 'invalid-payload'
    | 'not-raw-bytes'
    | 'handler-failed'
    | 'handler-timeout';
}

// #private fields keep the key out of util.inspect and JSON.stringify of the handler.
const optionsSchema = z.strictObject({
  webhookKey: z.string().min(1, 'must be the non-empty webhook key of the app'),
  onEvents: z.custom<XeroWebhookHandlerOptions['onEvents']>(
    (v) => typeof v === 'function',
    'must be a function',
  ),
  timeoutMs: z.number().int().positive().max(60_000).optional(),
  rememberPayloads: z.number().int().min(0).max(1_000_000).optional(),
  maxBodyBytes: z.number().int().positive().optional(),
  logger: z.custom<Logger>((v) => typeof v === 'object' && v !== null, 'must be a Logger').optional(),
});

/**
 * Receives Xero webhooks: checks the signature over the raw bytes before anything is parsed, answers
 * Xero's intent-to-receive handshake (200 when the signature holds, 401 when it does not), parses the
 * batch with Xero's schema and acknowledges it only once `onEvents` has taken it.
 *
 * Use {@link handle} from any framework that gives the raw body, or {@link listener} as a `node:http`
 * request listener. See docs/guides/webhooks.md for Express and Fastify.
 * @example
 * const webhooks = new XeroWebhookHandler({ webhookKey, onEvents: (batch) => queue.put(batch) });
 * http.createServer(webhooks.listener).listen(8080);
 */
export class XeroWebhookHandler {
  readonly #webhookKey: string;
  readonly #onEvents: XeroWebhookHandlerOptions['onEvents'];
  readonly #timeoutMs: number;
  readonly #maxBodyBytes: number;
  readonly #logger: Logger;
  readonly #acknowledged: AcknowledgedPayloads;

  constructor(options: XeroWebhookHandlerOptions) {
    const o = parseOptions(
      optionsSchema,
      options,
      'webhook handler options',
      'new XeroWebhookHandler({ webhookKey: process.env.XERO_WEBHOOK_KEY!, onEvents: async (batch) => queue.put(batch) })',
    );
    this.#webhookKey = o.webhookKey;
    this.#onEvents = o.onEvents;
    this.#timeoutMs = o.timeoutMs ?? 4000;
    this.#maxBodyBytes = o.maxBodyBytes ?? 1024 * 1024;
    this.#logger = o.logger ?? silentLogger;
    this.#acknowledged = new AcknowledgedPayloads(o.rememberPayloads ?? 1000);
  }

  /**
   * Answers one request from its raw body and its `x-xero-signature` header. Send the answer's status
   * with an empty body. Never throws: a body that is not bytes (parsed by a framework) is answered 400
   * and logged as a wiring error.
   */
  async handle(
    rawBody: Uint8Array | string,
    signatureHeader: string | readonly string[] | undefined | null,
  ): Promise<WebhookAnswer> {
    // A framework that parsed the body (or left `{}` for a content type its raw parser skipped) hands
    // over no bytes: nothing can be verified, and the request, not the host, decides when that happens.
    if (typeof rawBody !== 'string' && !(rawBody instanceof Uint8Array)) {
      this.#logger.error(
        "xero webhook: the body is not the raw bytes (use express.raw({ type: 'application/json' }) or Fastify's raw body on this route), answered 400",
      );
      return answer(400, 'not-raw-bytes');
    }
    if (!verifyXeroWebhook(rawBody, signatureHeader, this.#webhookKey)) {
      this.#logger.warn('xero webhook: signature missing or wrong, answered 401');
      return answer(401, 'bad-signature');
    }
    const digest = AcknowledgedPayloads.digest(rawBody);
    if (this.#acknowledged.has(digest)) return answer(200, 'already-acknowledged');
    const payload = parsePayload(rawBody);
    if (payload === undefined) {
      this.#logger.error('xero webhook: a correctly signed body is not a Xero webhook payload, answered 400');
      return answer(400, 'invalid-payload');
    }
    // Intent to receive: Xero checks we verify signatures before it sends real events.
    if (payload.events.length === 0) return answer(200, 'intent-to-receive');
    const outcome = await this.#deliver(payload);
    if (outcome === 'accepted') {
      this.#acknowledged.add(digest);
      return answer(200, 'accepted');
    }
    return answer(outcome === 'handler-timeout' ? 503 : 500, outcome);
  }

  /** A `node:http` request listener: `http.createServer(handler.listener)` or a route of your server. */
  readonly listener = (req: IncomingMessage, res: ServerResponse): void => {
    void this.#serve(req, res);
  };

  /** Forgets the remembered acknowledged bodies. Holds no timers or sockets. */
  close(): void {
    this.#acknowledged.clear();
  }

  async #deliver(payload: XeroWebhookPayload): Promise<'accepted' | 'handler-failed' | 'handler-timeout'> {
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<'handler-timeout'>((resolve) => {
      timer = setTimeout(() => resolve('handler-timeout'), this.#timeoutMs);
    });
    const run = (async () => {
      await this.#onEvents(payload, { signal: abort.signal });
      return 'accepted' as const;
    })().catch((error: unknown) => {
      if (!abort.signal.aborted) {
        this.#logger.error('xero webhook: onEvents failed, answered 500 so Xero redelivers', {
          error: error instanceof Error ? error.name : typeof error,
          events: payload.events.length,
        });
      }
      return 'handler-failed' as const;
    });
    try {
      const outcome = await Promise.race([run, deadline]);
      if (outcome === 'handler-timeout') {
        abort.abort(new Error('the webhook answer deadline passed'));
        this.#logger.warn('xero webhook: onEvents overran timeoutMs, answered 503 so Xero redelivers', {
          timeoutMs: this.#timeoutMs,
        });
      }
      return outcome;
    } finally {
      clearTimeout(timer);
    }
  }

  async #serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      req.resume();
      return;
    }
    let body: Buffer;
    try {
      body = await readRaw(req, this.#maxBodyBytes);
    } catch (error) {
      // Too large: say so. The sender went away mid-body: nobody is left to answer.
      if (error instanceof RangeError)
        res.writeHead(413, { 'content-length': '0', connection: 'close' }).end();
      else res.destroy();
      return;
    }
    const result = await this.handle(body, req.headers[XERO_SIGNATURE_HEADER]);
    if (!res.headersSent && !res.destroyed) res.writeHead(result.status, { 'content-length': '0' }).end();
  }
}

function answer<S extends WebhookAnswer['status']>(
  status: S,
  outcome: WebhookAnswer['outcome'],
): WebhookAnswer {
  return { status, body: '', outcome };
}

function parsePayload(rawBody: Uint8Array | string): XeroWebhookPayload | undefined {
  let json: unknown;
  try {
    json = JSON.parse(typeof rawBody === 'string' ? rawBody : Buffer.from(rawBody).toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = webhookPayloadSchema.safeParse(json);
  return parsed.success ? parsed.data : undefined;
}

/** The whole body as bytes, or a rejection once it passes `limit` (the socket is then left to close). */
function readRaw(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        reject(new RangeError(`webhook body over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
