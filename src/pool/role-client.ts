import { z } from 'zod';
import type { CallPriority } from '../limits/limits-engine.js';
import type { Role } from '../roles.js';
import type { CallOptions } from '../xero/call-options.js';
import type { ResolvedCallOptions, XeroRequest, XeroResponse } from '../xero/call-pipeline.js';
import { ContactsEndpoint } from '../xero/endpoints/contacts.js';
import type { EndpointCaller } from '../xero/endpoints/endpoint-caller.js';
import { validateArgument } from '../xero/endpoints/filter-validation.js';
import { InvoicesEndpoint } from '../xero/endpoints/invoices.js';
import { OrganisationEndpoint } from '../xero/endpoints/organisation.js';
import { PaymentsEndpoint } from '../xero/endpoints/payments.js';
import { idempotencyKeyFor } from '../xero/idempotency.js';

/** What a role client needs from its pool. */
export interface RoleCallBackend {
  send(
    role: Role,
    priority: CallPriority,
    request: XeroRequest,
    options: ResolvedCallOptions,
  ): Promise<XeroResponse>;
  readonly defaultTimeoutMs: number;
}

const requestSchema = z.strictObject({
  method: z.enum(['GET', 'PUT', 'POST', 'DELETE']),
  path: z.string().trim().min(1),
  params: z.record(z.string(), z.unknown()).optional(),
  data: z.unknown().optional(),
  headers: z.record(z.string(), z.string()).optional(),
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
 */
export class XeroRoleClient implements EndpointCaller {
  // Endpoints are made on first use: ten thousand accounts × three roles should cost little.
  private organisationEndpoint: OrganisationEndpoint | undefined;
  private invoicesEndpoint: InvoicesEndpoint | undefined;
  private paymentsEndpoint: PaymentsEndpoint | undefined;
  private contactsEndpoint: ContactsEndpoint | undefined;

  constructor(
    /** The role these calls are made for. */
    readonly role: Role,
    /** Priority of calls that do not name one. */
    readonly defaultPriority: CallPriority,
    private readonly backend: RoleCallBackend,
  ) {}

  /** `GET /Organisation`. */
  get organisation(): OrganisationEndpoint {
    this.organisationEndpoint ??= new OrganisationEndpoint(this);
    return this.organisationEndpoint;
  }

  /** `/Invoices`: list (all pages), get, create and update in batches. */
  get invoices(): InvoicesEndpoint {
    this.invoicesEndpoint ??= new InvoicesEndpoint(this);
    return this.invoicesEndpoint;
  }

  /** `/Payments`: list (all pages), create in batches. */
  get payments(): PaymentsEndpoint {
    this.paymentsEndpoint ??= new PaymentsEndpoint(this);
    return this.paymentsEndpoint;
  }

  /** `/Contacts`: list (all pages), create and update in batches. */
  get contacts(): ContactsEndpoint {
    this.contactsEndpoint ??= new ContactsEndpoint(this);
    return this.contactsEndpoint;
  }

  /**
   * Any Accounting API call. `path` is under `/api.xro/2.0` (e.g. `/Invoices`), or `/connections…`
   * (tenantless: charges only the app-wide limit). Writes get an idempotency key unless you opt out.
   * @example
   * const { data } = await pool.role('wisepay').request<{ Accounts: unknown[] }>({ method: 'GET', path: '/Accounts' });
   */
  async request<T = unknown>(request: XeroRequest, options?: CallOptions): Promise<XeroResponse<T>> {
    const req = validateArgument(requestSchema, request, 'request') as XeroRequest;
    const opts = validateArgument(optionsSchema, options, 'call options') ?? {};
    const deadline = opts.deadline instanceof Date ? opts.deadline.getTime() : opts.deadline;
    const resolved: ResolvedCallOptions = {
      timeoutMs: opts.timeout ?? this.backend.defaultTimeoutMs,
      signal: opts.signal,
      deadline,
      idempotencyKey: idempotencyKeyFor(req.method, opts.idempotencyKey),
    };
    return (await this.backend.send(
      this.role,
      opts.priority ?? this.defaultPriority,
      req,
      resolved,
    )) as XeroResponse<T>;
  }
}
