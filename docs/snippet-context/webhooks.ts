/**
 * Names the webhooks guide's snippets assume (docs/guides/webhooks.md): the host's web framework (the
 * slice of Express and Fastify the wiring uses, declared structurally so the project needs neither as
 * a dependency), its durable inbox and its records. Declarations only — nothing here runs.
 */
import type {
  ConnectionPool,
  Invoice,
  TokenStore,
  WebhookSweepCursors,
  XeroConnections,
  XeroWebhookEvent,
} from '@wise-pay/xero-connections';

/** The webhook key from the app's Webhooks page in the Xero developer portal, from the secret manager. */
export declare const env: { readonly XERO_WEBHOOK_KEY: string; readonly COMPANY_CLIENT_ID: string };
/** The process's host and its token store. */
export declare const xero: XeroConnections;
export declare const store: TokenStore;
/** The account's pool (the host's `xero.pool(...)`). */
export declare function poolFor(accountId: string): ConnectionPool;

/** A durable queue (a database table, SQS, a Redis stream): `put` resolves once the write is committed. */
export declare const inbox: {
  put(accountId: string, tenantId: string, events: XeroWebhookEvent[]): Promise<void>;
  /** Takes everything queued for one account and organisation; `ack` removes it once applied. */
  take(accountId: string, tenantId: string): Promise<{ events: XeroWebhookEvent[]; ack(): Promise<void> }>;
};
/** Where the host keeps each organisation's sweep cursors. */
export declare const sweepCursors: {
  get(accountId: string, tenantId: string): Promise<WebhookSweepCursors | undefined>;
  set(accountId: string, tenantId: string, cursors: WebhookSweepCursors): Promise<void>;
};
/** The host applying a changed invoice to its own records. */
export declare function applyInvoice(accountId: string, invoice: Invoice): Promise<void>;

/** The part of Express the wiring uses. */
interface ExpressRequest {
  /** With `express.raw()`, the body's bytes. */
  readonly body: unknown;
  get(header: string): string | undefined;
}
interface ExpressResponse {
  status(code: number): ExpressResponse;
  end(): void;
}
type ExpressHandler = (req: ExpressRequest, res: ExpressResponse, next: (error?: unknown) => void) => void;
export declare const express: {
  raw(options: { type: string; limit?: string }): ExpressHandler;
  json(): ExpressHandler;
};
export declare const app: {
  post(
    path: string,
    middleware: ExpressHandler,
    handler: (req: ExpressRequest, res: ExpressResponse) => Promise<void>,
  ): void;
  use(handler: ExpressHandler): void;
};

/** The part of Fastify the wiring uses. */
interface FastifyRequest {
  readonly body: unknown;
  readonly headers: Record<string, string | string[] | undefined>;
}
interface FastifyReply {
  code(status: number): FastifyReply;
  send(): void;
}
export interface FastifyInstance {
  addContentTypeParser(
    type: string,
    options: { parseAs: 'buffer'; bodyLimit?: number },
    parser: (req: FastifyRequest, body: Buffer, done: (error: Error | null, body?: unknown) => void) => void,
  ): void;
  post(path: string, handler: (req: FastifyRequest, reply: FastifyReply) => Promise<void>): void;
  register(plugin: (instance: FastifyInstance) => Promise<void>): void;
}
export declare const fastify: FastifyInstance;
