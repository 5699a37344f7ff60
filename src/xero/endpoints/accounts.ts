import { z } from 'zod';
import type { CallOptions } from '../call-options.js';
import { type Account, accountSchema } from '../schemas/account.js';
import { envelopeSchema } from '../schemas/common.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';
import { readOne, readWholeCollection, type WholeCollection } from './single-request-read.js';

/** Which accounts `accounts.list` returns. Xero answers the whole chart in one response (no paging). */
export interface AccountFilter {
  /** Only accounts of these types, e.g. `['BANK']` (sent in `where`, ANDed with your own `where`). */
  types?: string[];
  /** Xero `where` expression, e.g. `Status=="ACTIVE"`. */
  where?: string;
  /** Xero `order`, e.g. `Code ASC`. */
  order?: string;
  /** Only accounts created or changed since (sent as `If-Modified-Since`). */
  modifiedSince?: Date;
}

// Account types are Xero's upper-case words (BANK, CURRENT, EXPENSE…): nothing that could break a `where`.
const accountType = z.string().regex(/^[A-Z]+$/, 'must be an upper-case Xero account type such as BANK');

const filterSchema = z
  .strictObject({
    types: z.array(accountType).min(1).optional(),
    where: z.string().min(1).optional(),
    order: z.string().min(1).optional(),
    modifiedSince: z
      .date()
      .refine((d) => !Number.isNaN(d.getTime()), 'must be a valid Date')
      .optional(),
  })
  .superRefine((f, ctx) => {
    // Several types are an OR; ANDed with a where they would need parentheses, which not every
    // `where` reader (the simulator's, for one) takes: the caller writes that one expression.
    if ((f.types?.length ?? 0) > 1 && f.where !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['types'],
        message: 'several types and a where: write them as one where expression',
      });
    }
  });

// Built once per module: building a zod envelope costs far more than reusing one.
const accounts: WholeCollection = {
  path: '/Accounts',
  collection: 'Accounts',
  envelope: envelopeSchema('Accounts', accountSchema),
};

const accountIdSchema = z.string().trim().min(1);

/** The chart of accounts: `GET /Accounts`, `GET /Accounts/{AccountID}`. */
export class AccountsEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  /** Every account matching the filter, in one request. */
  async list(filter: AccountFilter = {}, options?: CallOptions): Promise<Account[]> {
    const f = validateArgument(filterSchema, filter, 'account filter');
    const call = this.#caller.check(options);
    const byType = f.types === undefined ? undefined : f.types.map((type) => `Type=="${type}"`).join(' OR ');
    const where = [byType, f.where].filter((part) => part !== undefined).join(' AND ') || undefined;
    return readWholeCollection<Account>(
      this.#caller,
      accounts,
      { where, order: f.order },
      f.modifiedSince,
      call,
    );
  }

  /** The organisation's bank accounts (`Type=="BANK"`): where payments are paid from or to. */
  listBankAccounts(options?: CallOptions): Promise<Account[]> {
    return this.list({ types: ['BANK'] }, options);
  }

  /** One account by AccountID. A missing account is an `XeroApiError` with status 404. */
  async get(accountId: string, options?: CallOptions): Promise<Account> {
    const id = validateArgument(accountIdSchema, accountId, 'accountId');
    const call = this.#caller.check(options);
    return readOne<Account>(this.#caller, accounts, `/Accounts/${encodeURIComponent(id)}`, 'account', call);
  }
}
