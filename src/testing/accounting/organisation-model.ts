/**
 * One Xero organisation's Accounting API: seeded data plus the request router. The simulator server
 * authenticates, checks the tenant and the rate limits, then calls `handle()`; tests may also call it
 * directly. `handle()` is synchronous and keeps all state on the instance (no timers, nothing global).
 */
import { createAttachmentStore } from './attachments.js';
import type { AccountingRequest, AccountingResponse, OrganisationSeed } from './contract.js';
import { accountsEndpoint } from './endpoints/accounts.js';
import { bankTransactionsEndpoint } from './endpoints/bank-transactions.js';
import { batchPaymentsEndpoint } from './endpoints/batch-payments.js';
import { contactsEndpoint } from './endpoints/contacts.js';
import { creditNotesEndpoint } from './endpoints/credit-notes.js';
import { overpaymentsEndpoint, prepaymentsEndpoint } from './endpoints/credits.js';
import { currenciesEndpoint } from './endpoints/currencies.js';
import type { Endpoint } from './endpoints/endpoint.js';
import { withInvoiceExtras } from './endpoints/invoice-extras.js';
import { invoicesEndpoint } from './endpoints/invoices.js';
import { itemsEndpoint } from './endpoints/items.js';
import { organisationEndpoint } from './endpoints/organisation.js';
import { paymentsEndpoint } from './endpoints/payments.js';
import { taxRatesEndpoint } from './endpoints/tax-rates.js';
import { trackingCategoriesEndpoint } from './endpoints/tracking-categories.js';
import { createIdempotencyStore, DEFAULT_IDEMPOTENCY_RETENTION_MS } from './idempotency-store.js';
import { normaliseQuery } from './list-query.js';
import { changesOfWrite, type RecordChange, stateSizes } from './record-changes.js';
import { methodNotAllowed, notFound, postDataInvalid } from './responses.js';
import { seedOrganisation } from './seed-data.js';
import {
  accountToWire,
  contactToWire,
  invoiceToWire,
  organisationToWire,
  paymentToWire,
} from './wire-format.js';
import type { XeroAccount, XeroContact, XeroInvoice, XeroOrganisation, XeroPayment } from './wire-types.js';

export interface OrganisationModelOptions {
  /**
   * How long an `Idempotency-Key` is remembered, in real ms; `AccountingRequest.idempotencyRetentionMs`
   * overrides it per call.
   * @default 360000 (Xero's ~6 minutes)
   */
  idempotencyRetentionMs?: number;
  /**
   * Epoch ms the seeded calendar is anchored to: invoices are dated in the days before it and every seeded
   * record was last updated before it. Pass a fixed value for data that is identical on every run.
   * @default Date.now()
   */
  now?: number;
  /**
   * Who is told of the invoices and contacts each write created or changed (what Xero's webhooks report),
   * asked at every write: while it returns undefined, writes cost nothing extra.
   */
  changeListener?: (() => ((changes: RecordChange[]) => void) | undefined) | undefined;
}

export interface OrganisationModel {
  readonly tenantId: string;
  readonly name: string;
  /** Serves one `/api.xro/2.0/*` call. Never throws for bad input: it answers like Xero would. */
  handle(req: AccountingRequest): AccountingResponse;
  /** Every invoice, in creation order, as GET /Invoices would show it (fresh copies). */
  invoices(): XeroInvoice[];
  /** One invoice by InvoiceID, or undefined. */
  invoice(id: string): XeroInvoice | undefined;
  payments(): XeroPayment[];
  contacts(): XeroContact[];
  accounts(): XeroAccount[];
  organisation(): XeroOrganisation;
  /** Idempotency keys still remembered at `now` (default: the real clock). */
  idempotencyKeyCount(now?: number): number;
}

// First path segment (lower-cased; Xero matches paths case-insensitively) → endpoint.
const ENDPOINTS: Readonly<Record<string, Endpoint>> = {
  organisation: organisationEndpoint,
  invoices: withInvoiceExtras(invoicesEndpoint),
  payments: paymentsEndpoint,
  contacts: contactsEndpoint,
  accounts: accountsEndpoint,
  taxrates: taxRatesEndpoint,
  currencies: currenciesEndpoint,
  trackingcategories: trackingCategoriesEndpoint,
  items: itemsEndpoint,
  banktransactions: bankTransactionsEndpoint,
  batchpayments: batchPaymentsEndpoint,
  creditnotes: creditNotesEndpoint,
  overpayments: overpaymentsEndpoint,
  prepayments: prepaymentsEndpoint,
};

export function createOrganisationModel(
  seed: OrganisationSeed,
  options: OrganisationModelOptions = {},
): OrganisationModel {
  const state = seedOrganisation(seed, options.now ?? Date.now());
  const idempotency = createIdempotencyStore();
  const attachments = createAttachmentStore();
  const defaultRetentionMs = options.idempotencyRetentionMs ?? DEFAULT_IDEMPOTENCY_RETENTION_MS;

  const handle = (req: AccountingRequest): AccountingResponse => {
    const segments = req.path.split('/').filter((segment) => segment !== '');
    const endpoint = ENDPOINTS[(segments[0] ?? '').toLowerCase()];
    if (endpoint === undefined) return notFound();
    const id = segments[1] === undefined ? undefined : safeDecode(segments[1]);
    // Sub-resources (allocations, attachments, history…) are served only where an endpoint lists them.
    const subName = segments[2]?.toLowerCase();
    const sub = subName === undefined ? undefined : [subName, ...segments.slice(3).map(safeDecode)];
    const resource = (segments[0] ?? '').toLowerCase();
    if (id !== undefined && sub !== undefined && attachments.serves(resource, subName)) {
      const response = { now: req.now, providerName: req.providerName ?? req.clientId };
      const run = () => attachments.handle(state, req, response, resource, id, sub);
      if (req.method === 'GET') return run();
      if (req.method !== 'PUT' && req.method !== 'POST')
        return methodNotAllowed(req.method, ['GET', 'PUT', 'POST']);
      return idempotency.run(req, req.idempotencyRetentionMs ?? defaultRetentionMs, run);
    }
    const allowed =
      subName !== undefined
        ? (endpoint.subResourceMethods?.[subName] ?? [])
        : id === undefined
          ? endpoint.collectionMethods
          : endpoint.itemMethods;
    if (allowed.length === 0) return notFound();
    if (!allowed.includes(req.method)) return methodNotAllowed(req.method, allowed);

    const ctx = {
      state,
      req,
      query: normaliseQuery(req.query),
      response: { now: req.now, providerName: req.providerName ?? req.clientId },
    };
    if (req.method === 'GET') return endpoint.handle(ctx, id, sub);
    if (isInvalidJson(req.body))
      return postDataInvalid('Unexpected character encountered while parsing value.');
    const retentionMs = req.idempotencyRetentionMs ?? defaultRetentionMs;
    const onChange = options.changeListener?.();
    if (onChange === undefined) return idempotency.run(req, retentionMs, () => endpoint.handle(ctx, id, sub));
    // A replayed idempotency key answers from memory and changes nothing: only a call that ran reports.
    let changes: RecordChange[] = [];
    const response = idempotency.run(req, retentionMs, () => {
      const before = stateSizes(state);
      const answer = endpoint.handle(ctx, id, sub);
      changes = changesOfWrite(state, before, answer, req.now);
      return answer;
    });
    if (changes.length > 0) onChange(changes);
    return response;
  };

  return {
    tenantId: seed.tenantId,
    name: seed.name,
    handle,
    invoices: () => [...state.invoices.values()].map((invoice) => invoiceToWire(state, invoice)),
    invoice: (id) => {
      const invoice = state.invoices.get(id.toLowerCase());
      return invoice === undefined ? undefined : invoiceToWire(state, invoice);
    },
    payments: () => [...state.payments.values()].map((payment) => paymentToWire(state, payment)),
    contacts: () => [...state.contacts.values()].map(contactToWire),
    accounts: () => [...state.accounts.values()].map(accountToWire),
    organisation: () => organisationToWire(state.organisation),
    idempotencyKeyCount: (now = Date.now()) => idempotency.size(now),
  };
}

function isInvalidJson(body: unknown): boolean {
  return (
    typeof body === 'object' && body !== null && (body as { __invalidJson?: unknown }).__invalidJson === true
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
