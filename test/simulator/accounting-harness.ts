/** Drives one organisation model directly through handle(), with time passed in explicitly. */
import {
  type AccountingRequest,
  type AccountingResponse,
  createOrganisationModel,
  type OrganisationModel,
  type OrganisationModelOptions,
  type OrganisationSeed,
  type XeroContact,
  type XeroInvoice,
  type XeroPagination,
  type XeroPayment,
  type XeroValidationError,
} from '../../src/testing/accounting/index.js';

export const TENANT_ID = '3f0e8c9a-5b1d-4c2e-9a7f-0d6b2e4c8a11';
/** The seeded calendar's anchor: a fixed instant, so every run sees the same data. */
export const SEEDED_AT = Date.UTC(2025, 0, 15, 9, 30);

export interface CallInit {
  query?: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Simulated now for this call; defaults to the harness clock. */
  now?: number;
  clientId?: string;
  idempotencyRetentionMs?: number;
}

export interface Harness {
  model: OrganisationModel;
  /** The harness clock (epoch ms), after SEEDED_AT; `advance` moves it. */
  now(): number;
  advance(ms: number): void;
  call(method: AccountingRequest['method'], path: string, init?: CallInit): AccountingResponse;
}

export function createHarness(
  seed: Partial<OrganisationSeed> = {},
  options: OrganisationModelOptions = {},
): Harness {
  const model = createOrganisationModel(
    { tenantId: TENANT_ID, name: 'Harness Trading Ltd', seed: 4242, ...seed },
    { now: SEEDED_AT, ...options },
  );
  let clock = SEEDED_AT + 60_000;
  return {
    model,
    now: () => clock,
    advance: (ms) => {
      clock += ms;
    },
    call(method, path, init = {}) {
      const request: AccountingRequest = {
        method,
        path,
        query: new URLSearchParams(init.query ?? ''),
        headers: Object.fromEntries(Object.entries(init.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
        body: init.body,
        clientId: init.clientId ?? 'wisepay-client',
        tenantId: TENANT_ID,
        now: init.now ?? clock,
        providerName: 'Wise-Pay',
      };
      if (init.idempotencyRetentionMs !== undefined)
        request.idempotencyRetentionMs = init.idempotencyRetentionMs;
      return model.handle(request);
    },
  };
}

type Envelope = Record<string, unknown> & { pagination?: XeroPagination };

export function envelope(res: AccountingResponse): Envelope {
  if (typeof res.body !== 'object' || res.body === null)
    throw new Error(`expected a JSON body, got ${String(res.body)}`);
  return res.body as Envelope;
}

export function invoicesOf(res: AccountingResponse): XeroInvoice[] {
  return envelope(res).Invoices as XeroInvoice[];
}

export function paymentsOf(res: AccountingResponse): XeroPayment[] {
  return envelope(res).Payments as XeroPayment[];
}

export function contactsOf(res: AccountingResponse): XeroContact[] {
  return envelope(res).Contacts as XeroContact[];
}

/** A batch element as returned with summarizeErrors=false (or inside a ValidationException). */
export type BatchElement = Record<string, unknown> & {
  StatusAttributeString?: string;
  ValidationErrors?: XeroValidationError[];
  Warnings?: XeroValidationError[];
};

export function elementsOf(res: AccountingResponse, collection: string): BatchElement[] {
  return envelope(res)[collection] as BatchElement[];
}

export function validationMessages(element: BatchElement | undefined): string[] {
  return (element?.ValidationErrors ?? []).map((error) => error.Message);
}

/** A valid sales invoice body for the given contact. */
export function salesInvoice(
  contactId: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    Type: 'ACCREC',
    Contact: { ContactID: contactId },
    Date: '2025-01-10',
    DueDate: '2025-02-10',
    LineAmountTypes: 'Exclusive',
    LineItems: [{ Description: 'Consulting', Quantity: 2, UnitAmount: 150, AccountCode: '200' }],
    Status: 'AUTHORISED',
    ...overrides,
  };
}
