/**
 * The host application's own code, as the docs' snippets assume it exists: its configuration, its web
 * framework, its records and its UI. Declarations only — nothing here runs. A block above which
 * `<!-- snippet-context: host-app -->` stands gets the names it uses from here
 * (scripts/check-docs-snippets.mjs). Everything from the SDK itself a block must import on its own.
 */
import type {
  ConnectionPool,
  InvoiceInput,
  Logger,
  PaymentInput,
  Role,
  TokenFileKey,
  TokenStore,
  XeroConnections,
  XeroConnectionsOptions,
} from '@wise-pay/xero-connections';

/** Configuration from the app's secret manager or environment. */
export declare const env: {
  readonly WISEPAY_CLIENT_ID: string;
  readonly WISEPAY_CLIENT_SECRET: string;
  readonly COMPANY_CLIENT_ID: string;
  readonly COMPANY_CLIENT_SECRET: string;
  readonly SERVICE_CLIENT_ID: string;
  readonly SERVICE_CLIENT_SECRET: string;
  /** base64 of 32 random bytes. */
  readonly XERO_TOKEN_KEY: string;
  readonly REDIS_URL: string;
};

/** The app's customer account record. */
export declare const account: { readonly id: string; readonly multiConnectionEnabled: boolean };
/** The process's one host, and one account's pool, created as getting-started.md shows. */
export declare const xero: XeroConnections;
export declare const host: XeroConnections;
export declare const pool: ConnectionPool;
export declare const role: Role;
/** The host's options, as the app builds them. */
export declare const apps: XeroConnectionsOptions['apps'];
export declare const store: TokenStore;
export declare const redirectUri: string;
/** The token file store's directory and keys, and the app's logger. */
export declare const dir: string;
export declare const keys: TokenFileKey[];
export declare const logger: Logger;

/** An Express-like request and response inside a route handler. */
export declare const req: { readonly url: string };
export declare const res: { redirect(status: number, url: string): void };

/** What the app is about to send to Xero, and the run it belongs to. */
export declare const invoices: InvoiceInput[];
export declare const payments: PaymentInput[];
export declare const run: { readonly id: string };
/** An invoice id and the batch id of the payment run that pays it. */
export declare const invoiceId: string;
export declare const batchId: string;
/** The callback URL Xero sent the user's browser back to. */
export declare const callbackUrl: string;

/** The app's logger, metrics and dashboard notifications. */
export declare const log: { warn(message: string, fields: Record<string, unknown>): void };
export declare const metrics: { increment(name: string, tags: Record<string, string>): void };
export declare const dashboard: {
  notify(accountId: string, message: string): void;
  clear(accountId: string, role: Role): void;
};
export declare function notifyDashboard(accountId: string, message: string): void;
/** The reconnect prompt of the Accounting Connections screen, and the app's job retry. */
export declare function showReconnectPrompt(role: Role | undefined): void;
export declare function retryLater(at?: Date): void;
