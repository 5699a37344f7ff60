/**
 * The boundary between the simulator's server (identity, connections, limits, faults: `src/testing/*`)
 * and its Accounting API (`src/testing/accounting/*`). The server authenticates the call, checks the tenant
 * header and the rate limits, then hands the request to the organisation's accounting model.
 */

/** What the server passes to the accounting model for one `/api.xro/2.0/*` call. */
export interface AccountingRequest {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  /** Path after `/api.xro/2.0`, e.g. `/Invoices` or `/Invoices/{id}`. */
  path: string;
  query: URLSearchParams;
  /** Lower-cased header names. */
  headers: Readonly<Record<string, string | undefined>>;
  /**
   * Parsed JSON body, or undefined. A body that is not JSON arrives as `{ __invalidJson: true }`; a body
   * sent with a non-JSON content type (an attachment) arrives only as `rawBody`.
   */
  body: unknown;
  /** The body's bytes when its content type is not JSON (an attachment upload). */
  rawBody?: Uint8Array | undefined;
  clientId: string;
  tenantId: string;
  /** Simulated now, epoch ms (real clock; durations are scaled by the server's time scale). */
  now: number;
  /**
   * How long an `Idempotency-Key` is remembered, in real ms (the server passes Xero's ~6 minutes × its
   * time scale). Overrides the model's own option for this call.
   * @default 360000
   */
  idempotencyRetentionMs?: number;
  /** The calling app's name, echoed as `ProviderName` in response envelopes. @default clientId */
  providerName?: string;
}

export interface AccountingResponse {
  status: number;
  /** Serialised as JSON unless it is a string, or bytes (a `Uint8Array`, sent as is: an attachment). */
  body: unknown;
  headers?: Record<string, string>;
}

/** Seed for one organisation. Everything optional has deterministic defaults. */
export interface OrganisationSeed {
  tenantId: string;
  name: string;
  /** Seed for the deterministic generator. @default derived from tenantId */
  seed?: number;
  /** How many invoices to generate across every status. @default 40 */
  invoiceCount?: number;
  /** How many contacts to generate. @default 10 */
  contactCount?: number;
  baseCurrency?: string;
  countryCode?: string;
}
