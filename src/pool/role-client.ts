import { z } from 'zod';
import type { CallPriority } from '../limits/limits-engine.js';
import type { Role } from '../roles.js';
import type { CallOptions } from '../xero/call-options.js';
import type { ResolvedCallOptions, XeroRequest, XeroResponse } from '../xero/call-pipeline.js';
import { AccountsEndpoint } from '../xero/endpoints/accounts.js';
import { AttachmentsEndpoint } from '../xero/endpoints/attachments.js';
import { BankTransactionsEndpoint } from '../xero/endpoints/bank-transactions.js';
import { BatchPaymentsEndpoint } from '../xero/endpoints/batch-payments.js';
import { ContactsEndpoint } from '../xero/endpoints/contacts.js';
import { CreditNotesEndpoint } from '../xero/endpoints/credit-notes.js';
import { CurrenciesEndpoint } from '../xero/endpoints/currencies.js';
import type { CheckedCall, EndpointCaller } from '../xero/endpoints/endpoint-caller.js';
import { validateArgument } from '../xero/endpoints/filter-validation.js';
import { InvoicesEndpoint } from '../xero/endpoints/invoices.js';
import { ItemsEndpoint } from '../xero/endpoints/items.js';
import { OrganisationEndpoint } from '../xero/endpoints/organisation.js';
import { OverpaymentsEndpoint } from '../xero/endpoints/overpayments.js';
import { PaymentsEndpoint } from '../xero/endpoints/payments.js';
import { PrepaymentsEndpoint } from '../xero/endpoints/prepayments.js';
import { TaxRatesEndpoint } from '../xero/endpoints/tax-rates.js';
import { TrackingCategoriesEndpoint } from '../xero/endpoints/tracking-categories.js';
import { idempotencyKeyFor } from '../xero/idempotency.js';
import { AccountingApi } from '../xero/typed-api/accounting-api.js';

/** What a role client needs from its pool: the unvalidated way into the pipeline, never public. */
export interface RoleCallBackend {
  send(
    role: Role,
    priority: CallPriority,
    request: XeroRequest,
    options: ResolvedCallOptions,
  ): Promise<XeroResponse>;
  readonly defaultTimeoutMs: number;
  /** The host's `http.coalesce`. @default true */
  readonly coalesce?: boolean | undefined;
}

/** A role client's typed endpoints, sharing one caller. */
interface TypedEndpoints {
  readonly organisation: OrganisationEndpoint;
  readonly invoices: InvoicesEndpoint;
  readonly payments: PaymentsEndpoint;
  readonly contacts: ContactsEndpoint;
  readonly accounts: AccountsEndpoint;
  readonly taxRates: TaxRatesEndpoint;
  readonly currencies: CurrenciesEndpoint;
  readonly trackingCategories: TrackingCategoriesEndpoint;
  readonly items: ItemsEndpoint;
  readonly bankTransactions: BankTransactionsEndpoint;
  readonly batchPayments: BatchPaymentsEndpoint;
  readonly creditNotes: CreditNotesEndpoint;
  readonly overpayments: OverpaymentsEndpoint;
  readonly prepayments: PrepaymentsEndpoint;
  readonly attachments: AttachmentsEndpoint;
  readonly api: AccountingApi;
}

const requestSchema = z.strictObject({
  method: z.enum(['GET', 'PUT', 'POST', 'DELETE']),
  path: z.string().trim().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
  data: z.unknown().optional(),
  headers: z.record(z.string(), z.string()).optional(),
  // Files on any record (Contacts, Accounts, ManualJournals…): bytes as they are, bounded by the transport.
  rawBody: z
    .strictObject({ bytes: z.instanceof(Uint8Array), contentType: z.string().trim().min(1) })
    .optional(),
  responseType: z.enum(['json', 'bytes']).optional(),
});

const optionsSchema = z
  .strictObject({
    signal: z.custom<AbortSignal>((v) => v instanceof AbortSignal, 'must be an AbortSignal').optional(),
    timeout: z.number().positive().finite().optional(),
    priority: z.enum(['interactive', 'batch']).optional(),
    idempotencyKey: z.union([z.string(), z.literal(false)]).optional(),
    deadline: z
      .union([
        z.number().finite(),
        z.date().refine((d) => !Number.isNaN(d.getTime()), 'must be a valid Date'),
      ])
      .optional(),
  })
  .optional();

/**
 * The calls of one role of one account: a raw `request` and typed endpoints. Every call goes through the
 * role's connection (or the primary one with multi-connection off), its (app, tenant) limits and the
 * retry policy. Options come last; `priority` defaults per role (interactive for wisepay, batch otherwise).
 * Get one from `pool.role(role)` or `pool.forTraffic(kind)`.
 */
export interface XeroRoleClient {
  /** The role these calls are made for. */
  readonly role: Role;
  /** Priority of calls that do not name one. */
  readonly defaultPriority: CallPriority;
  /** `GET /Organisation`. */
  readonly organisation: OrganisationEndpoint;
  /** `/Invoices`: list (all pages), get, create and update in batches. */
  readonly invoices: InvoicesEndpoint;
  /** `/Payments`: list (all pages), create in batches. */
  readonly payments: PaymentsEndpoint;
  /** `/Contacts`: list (all pages), create and update in batches. */
  readonly contacts: ContactsEndpoint;
  /** `/Accounts`: the chart of accounts (list, bank accounts, get). */
  readonly accounts: AccountsEndpoint;
  /** `/TaxRates`: list, get by TaxType. */
  readonly taxRates: TaxRatesEndpoint;
  /** `/Currencies`: the organisation's enabled currencies. */
  readonly currencies: CurrenciesEndpoint;
  /** `/TrackingCategories`: list, get (with their options). */
  readonly trackingCategories: TrackingCategoriesEndpoint;
  /** `/Items`: products and services, list and get. */
  readonly items: ItemsEndpoint;
  /** `/BankTransactions`: list (all pages), get, create and update in batches. */
  readonly bankTransactions: BankTransactionsEndpoint;
  /** `/BatchPayments`: pay several invoices in one bank line; list, get, create in batches, delete. */
  readonly batchPayments: BatchPaymentsEndpoint;
  /** `/CreditNotes`: list, get, create and update in batches, allocate to invoices. */
  readonly creditNotes: CreditNotesEndpoint;
  /** `/Overpayments`: list, get, allocate to invoices. */
  readonly overpayments: OverpaymentsEndpoint;
  /** `/Prepayments`: list, get, allocate to invoices. */
  readonly prepayments: PrepaymentsEndpoint;
  /** Files on invoices, credit notes and bank transactions: upload (≤ 10 MB, bytes as they are), list, download. */
  readonly attachments: AttachmentsEndpoint;
  /**
   * Every Accounting API operation, typed from Xero's official OpenAPI document (method, path, path
   * parameters, query, body and response), through the same pipeline as the calls above.
   * @example
   * const { data } = await pool.role('wisepay').api.get('/Quotes/{QuoteID}', { path: { QuoteID } });
   */
  readonly api: AccountingApi;
  /**
   * Any Accounting API call, validated like the typed endpoints. `path` is under `/api.xro/2.0` (e.g.
   * `/Invoices`), or `/connections…` (tenantless: charges only the app-wide limit). Writes get an
   * idempotency key unless you opt out.
   * @example
   * const { data } = await pool.role('wisepay').request<{ Accounts: unknown[] }>({ method: 'GET', path: '/Accounts' });
   */
  request<T = unknown>(request: XeroRequest, options?: CallOptions): Promise<XeroResponse<T>>;
}

/**
 * The implementation behind `XeroRoleClient`. Its backend (the pool's way into the pipeline, which skips
 * validation) and the endpoints' caller (which sends what the SDK built without checking it again) are
 * `#private`: no caller can reach an unvalidated send, and `util.inspect` of a client cannot walk into the
 * pool's apps. User input is validated once, at the public entry (`request`, or a typed endpoint's method).
 */
export class RoleClient implements XeroRoleClient {
  readonly role: Role;
  readonly defaultPriority: CallPriority;
  readonly #backend: RoleCallBackend;
  // The typed endpoints (and their caller) are made together on first use: ten thousand accounts × three
  // roles should cost little, and a client used only through `request` never needs them.
  #typed: TypedEndpoints | undefined;

  constructor(role: Role, defaultPriority: CallPriority, backend: RoleCallBackend) {
    this.role = role;
    this.defaultPriority = defaultPriority;
    this.#backend = backend;
  }

  get #endpoints(): TypedEndpoints {
    if (this.#typed === undefined) {
      const caller: EndpointCaller = {
        coalesce: this.#backend.coalesce,
        check: (options) => this.#check(options),
        send: (request, call, idempotencyKey) => this.#send(request, call, idempotencyKey),
      };
      this.#typed = {
        organisation: new OrganisationEndpoint(caller),
        invoices: new InvoicesEndpoint(caller),
        payments: new PaymentsEndpoint(caller),
        contacts: new ContactsEndpoint(caller),
        accounts: new AccountsEndpoint(caller),
        taxRates: new TaxRatesEndpoint(caller),
        currencies: new CurrenciesEndpoint(caller),
        trackingCategories: new TrackingCategoriesEndpoint(caller),
        items: new ItemsEndpoint(caller),
        bankTransactions: new BankTransactionsEndpoint(caller),
        batchPayments: new BatchPaymentsEndpoint(caller),
        creditNotes: new CreditNotesEndpoint(caller),
        overpayments: new OverpaymentsEndpoint(caller),
        prepayments: new PrepaymentsEndpoint(caller),
        attachments: new AttachmentsEndpoint(caller),
        api: new AccountingApi(caller),
      };
    }
    return this.#typed;
  }

  get organisation(): OrganisationEndpoint {
    return this.#endpoints.organisation;
  }

  get invoices(): InvoicesEndpoint {
    return this.#endpoints.invoices;
  }

  get payments(): PaymentsEndpoint {
    return this.#endpoints.payments;
  }

  get contacts(): ContactsEndpoint {
    return this.#endpoints.contacts;
  }

  get accounts(): AccountsEndpoint {
    return this.#endpoints.accounts;
  }

  get taxRates(): TaxRatesEndpoint {
    return this.#endpoints.taxRates;
  }

  get currencies(): CurrenciesEndpoint {
    return this.#endpoints.currencies;
  }

  get trackingCategories(): TrackingCategoriesEndpoint {
    return this.#endpoints.trackingCategories;
  }

  get items(): ItemsEndpoint {
    return this.#endpoints.items;
  }

  get bankTransactions(): BankTransactionsEndpoint {
    return this.#endpoints.bankTransactions;
  }

  get batchPayments(): BatchPaymentsEndpoint {
    return this.#endpoints.batchPayments;
  }

  get creditNotes(): CreditNotesEndpoint {
    return this.#endpoints.creditNotes;
  }

  get overpayments(): OverpaymentsEndpoint {
    return this.#endpoints.overpayments;
  }

  get prepayments(): PrepaymentsEndpoint {
    return this.#endpoints.prepayments;
  }

  get attachments(): AttachmentsEndpoint {
    return this.#endpoints.attachments;
  }

  get api(): AccountingApi {
    return this.#endpoints.api;
  }

  async request<T = unknown>(request: XeroRequest, options?: CallOptions): Promise<XeroResponse<T>> {
    const req = validateArgument(requestSchema, request, 'request') as XeroRequest;
    const call = this.#check(options);
    return this.#send<T>(req, call, idempotencyKeyFor(req.method, call.idempotencyKey));
  }

  /** The one validation of a public call's options. */
  #check(options: unknown): CheckedCall {
    const opts = validateArgument(optionsSchema, options, 'call options') ?? {};
    return {
      priority: opts.priority ?? this.defaultPriority,
      timeoutMs: opts.timeout ?? this.#backend.defaultTimeoutMs,
      signal: opts.signal,
      deadline: opts.deadline instanceof Date ? opts.deadline.getTime() : opts.deadline,
      idempotencyKey: opts.idempotencyKey,
    };
  }

  /** Into the pipeline with checked input: nothing is validated again (each page, each chunk). */
  #send<T>(
    request: XeroRequest,
    call: CheckedCall,
    idempotencyKey: string | undefined,
  ): Promise<XeroResponse<T>> {
    const resolved: ResolvedCallOptions = {
      timeoutMs: call.timeoutMs,
      signal: call.signal,
      deadline: call.deadline,
      idempotencyKey,
    };
    // Not an async wrapper: the backend's promise is the call's (one promise and its ticks fewer per call).
    return this.#backend.send(this.role, call.priority, request, resolved) as Promise<XeroResponse<T>>;
  }

  /** Secret-free summaries for loggers and `util.inspect`. */
  toJSON(): { role: Role; defaultPriority: CallPriority } {
    return { role: this.role, defaultPriority: this.defaultPriority };
  }

  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `XeroRoleClient { role: '${this.role}', defaultPriority: '${this.defaultPriority}' }`;
  }
}
