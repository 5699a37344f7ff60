import { allocate } from '../allocations.js';
import {
  asElement,
  batchResponse,
  type ElementOutcome,
  field,
  readBatch,
  stringField,
  summarizeErrors,
} from '../batch-write.js';
import type { AccountingResponse } from '../contract.js';
import {
  readContact,
  readCurrency,
  readDate,
  readLineAmountTypes,
  readLineItems,
  resolveContact,
} from '../invoice-writes.js';
import { type ListSpec, listRecords } from '../list-query.js';
import { fromCents } from '../money.js';
import {
  type CreditNoteRecord,
  type CreditNoteStatus,
  type CreditNoteType,
  paymentsWork,
  remainingCents,
} from '../payments-work.js';
import { creditNoteToWire } from '../payments-work-wire.js';
import type { OrganisationState } from '../records.js';
import { notFound, okEnvelope } from '../responses.js';
import type { XeroValidationError } from '../wire-types.js';
import { startOfUtcDay } from '../xero-dates.js';
import type { Endpoint, EndpointContext } from './endpoint.js';

const TYPES: readonly CreditNoteType[] = ['ACCRECCREDIT', 'ACCPAYCREDIT'];
const STATUSES: readonly CreditNoteStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'AUTHORISED',
  'PAID',
  'VOIDED',
  'DELETED',
];
const CREATABLE: readonly CreditNoteStatus[] = ['DRAFT', 'SUBMITTED', 'AUTHORISED'];
// PAID only ever comes from allocations; an allocated credit note cannot be voided until they are removed.
const TRANSITIONS: Readonly<Record<CreditNoteStatus, readonly CreditNoteStatus[]>> = {
  DRAFT: ['DRAFT', 'SUBMITTED', 'AUTHORISED', 'DELETED'],
  SUBMITTED: ['DRAFT', 'SUBMITTED', 'AUTHORISED', 'DELETED'],
  AUTHORISED: ['AUTHORISED', 'VOIDED'],
  PAID: [],
  VOIDED: [],
  DELETED: [],
};
export const CREDIT_NOTE_ALLOCATED =
  'This credit note cannot be edited as it has been allocated: remove its allocations first';

function creditNoteListSpec(state: OrganisationState): ListSpec<CreditNoteRecord> {
  const work = paymentsWork(state);
  return {
    filters: [],
    byId: { param: 'ids', get: (id) => work.creditNotes.get(id), whereField: 'creditnoteid' },
    updatedAt: (note) => note.updatedAt,
    fields: {
      creditnoteid: (note) => note.creditNoteId,
      creditnotenumber: (note) => note.creditNoteNumber,
      type: (note) => note.type,
      status: (note) => note.status,
      reference: (note) => note.reference,
      date: (note) => note.date,
      'contact.contactid': (note) => note.contactId,
      'contact.name': (note) => state.contacts.get(note.contactId)?.name ?? '',
      total: (note) => fromCents(note.totalCents),
      remainingcredit: (note) => fromCents(remainingCents(note)),
      currencycode: (note) => note.currencyCode,
      updateddateutc: (note) => note.updatedAt,
    },
  };
}

/**
 * GET /CreditNotes (where, order, page, If-Modified-Since), GET /CreditNotes/{id or number}, PUT /CreditNotes
 * (create), POST /CreditNotes[/{id}] (create or update by CreditNoteID / CreditNoteNumber) and
 * PUT /CreditNotes/{id}/Allocations (allocate to invoices).
 */
export const creditNotesEndpoint: Endpoint = {
  collectionMethods: ['GET', 'PUT', 'POST'],
  itemMethods: ['GET', 'POST'],
  subResourceMethods: { allocations: ['PUT'] },
  handle(ctx, id, sub) {
    if (sub !== undefined) return id === undefined || sub.length > 1 ? notFound() : allocateNote(ctx, id);
    if (ctx.req.method === 'GET') return id === undefined ? listNotes(ctx) : getNote(ctx, id);
    return writeNotes(ctx, id);
  },
};

function findNote(state: OrganisationState, idOrNumber: string): CreditNoteRecord | undefined {
  const work = paymentsWork(state);
  const key = idOrNumber.toLowerCase();
  return work.creditNotes.get(key) ?? work.creditNotes.get(work.creditNoteIdByNumber.get(key) ?? '');
}

function listNotes(ctx: EndpointContext): AccountingResponse {
  const work = paymentsWork(ctx.state);
  const listed = listRecords(
    work.creditNotes.values(),
    creditNoteListSpec(ctx.state),
    ctx.query,
    ctx.req.headers,
  );
  if (!listed.ok) return listed.response;
  return okEnvelope(
    ctx.response,
    'CreditNotes',
    listed.items.map((note) => creditNoteToWire(ctx.state, note)),
    listed.pagination,
  );
}

function getNote(ctx: EndpointContext, idOrNumber: string): AccountingResponse {
  const note = findNote(ctx.state, idOrNumber);
  return note === undefined
    ? notFound()
    : okEnvelope(ctx.response, 'CreditNotes', [creditNoteToWire(ctx.state, note)]);
}

function writeNotes(ctx: EndpointContext, pathId: string | undefined): AccountingResponse {
  if (pathId !== undefined && findNote(ctx.state, pathId) === undefined) return notFound();
  const batch = readBatch(ctx.req.body, 'CreditNotes');
  if (!batch.ok) return batch.response;
  const mode = ctx.req.method === 'PUT' ? 'create' : 'upsert';
  const outcomes = batch.elements.map((raw) => writeNote(ctx.state, raw, mode, ctx.req.now, pathId));
  return batchResponse(ctx.response, 'CreditNotes', outcomes, summarizeErrors(ctx.query), 'HasErrors');
}

function writeNote(
  state: OrganisationState,
  raw: unknown,
  mode: 'create' | 'upsert',
  now: number,
  pathId: string | undefined,
): ElementOutcome {
  const element = asElement(raw);
  if (element === undefined) {
    return {
      ok: false,
      element: {},
      errors: [{ Message: 'Each CreditNotes element must be a JSON object' }],
    };
  }
  const givenId = pathId ?? stringField(element, 'CreditNoteID')?.trim();
  const givenNumber = stringField(element, 'CreditNoteNumber')?.trim();
  let existing: CreditNoteRecord | undefined;
  if (mode === 'upsert' && givenId) existing = findNote(state, givenId);
  if (mode === 'upsert' && givenId && existing === undefined) {
    return { ok: false, element, errors: [{ Message: `Credit note '${givenId}' could not be found` }] };
  }
  if (mode === 'upsert' && existing === undefined && givenNumber) existing = findNote(state, givenNumber);
  return existing === undefined ? createNote(state, element, now) : updateNote(state, existing, element, now);
}

function readType(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): CreditNoteType | undefined {
  const value = stringField(element, 'Type');
  if (value === undefined) {
    errors.push({ Message: 'Credit note Type must be specified (ACCRECCREDIT or ACCPAYCREDIT)' });
    return undefined;
  }
  const type = value.toUpperCase() as CreditNoteType;
  if (TYPES.includes(type)) return type;
  errors.push({ Message: `Credit note Type '${value}' is not supported: use ACCRECCREDIT or ACCPAYCREDIT` });
  return undefined;
}

function readStatus(
  element: Record<string, unknown>,
  errors: XeroValidationError[],
): CreditNoteStatus | undefined {
  const value = stringField(element, 'Status');
  if (value === undefined) return undefined;
  const status = value.toUpperCase() as CreditNoteStatus;
  if (STATUSES.includes(status)) return status;
  errors.push({ Message: `Status '${value}' is not a valid credit note status (${STATUSES.join(', ')})` });
  return undefined;
}

function invoiceTypeOf(type: CreditNoteType): 'ACCREC' | 'ACCPAY' {
  return type === 'ACCRECCREDIT' ? 'ACCREC' : 'ACCPAY';
}

function applyTotals(note: CreditNoteRecord): void {
  const lineSum = note.lineItems.reduce((sum, line) => sum + line.lineAmountCents, 0);
  const tax = note.lineItems.reduce((sum, line) => sum + line.taxAmountCents, 0);
  note.totalTaxCents = tax;
  note.subTotalCents = note.lineAmountTypes === 'Inclusive' ? lineSum - tax : lineSum;
  note.totalCents = note.lineAmountTypes === 'Inclusive' ? lineSum : lineSum + tax;
}

function createNote(state: OrganisationState, element: Record<string, unknown>, now: number): ElementOutcome {
  const errors: XeroValidationError[] = [];
  const work = paymentsWork(state);
  const type = readType(element, errors);
  const contact = readContact(state, element, errors);
  const amountTypes = readLineAmountTypes(element, errors) ?? 'Exclusive';
  const status = readStatus(element, errors) ?? 'DRAFT';
  if (!CREATABLE.includes(status))
    errors.push({ Message: `Credit note not of valid status for creation (${status})` });
  const date = readDate(element, 'Date', errors) ?? startOfUtcDay(now);
  const currency = readCurrency(state, element, errors);
  const lines =
    type === undefined
      ? undefined
      : readLineItems(state, element, invoiceTypeOf(type), amountTypes, errors, []);
  const number = stringField(element, 'CreditNoteNumber')?.trim();
  if (number && work.creditNoteIdByNumber.has(number.toLowerCase()))
    errors.push({ Message: 'Credit Note # must be unique.' });
  if (errors.length > 0 || type === undefined || contact === undefined || lines === undefined) {
    return { ok: false, element, errors };
  }
  const record = resolveContact(state, contact, now);
  const note: CreditNoteRecord = {
    creditNoteId: state.ids.uuid(),
    creditNoteNumber: number || `CN-${String(work.nextCreditNoteNumber++).padStart(4, '0')}`,
    type,
    status,
    contactId: record.contactId,
    reference: stringField(element, 'Reference') ?? '',
    lineAmountTypes: amountTypes,
    lineItems: lines,
    date,
    currencyCode: currency?.code ?? state.organisation.baseCurrency,
    currencyRate: currency?.rate ?? 1,
    subTotalCents: 0,
    totalTaxCents: 0,
    totalCents: 0,
    allocations: [],
    updatedAt: now,
  };
  applyTotals(note);
  work.creditNotes.set(note.creditNoteId, note);
  work.creditNoteIdByNumber.set(note.creditNoteNumber.toLowerCase(), note.creditNoteId);
  return { ok: true, wire: creditNoteToWire(state, note) };
}

function updateNote(
  state: OrganisationState,
  note: CreditNoteRecord,
  element: Record<string, unknown>,
  now: number,
): ElementOutcome {
  const errors: XeroValidationError[] = [];
  const status = readStatus(element, errors);
  if (status !== undefined && !TRANSITIONS[note.status].includes(status))
    errors.push({
      Message: `Credit note not of valid status for modification (${note.status} to ${status})`,
    });
  const allocated = note.allocations.some((a) => !a.isDeleted);
  const editsContent = ['LineItems', 'Contact', 'LineAmountTypes', 'Date', 'CurrencyCode'].some(
    (name) => field(element, name) !== undefined,
  );
  if (allocated && (editsContent || status === 'VOIDED')) errors.push({ Message: CREDIT_NOTE_ALLOCATED });
  const amountTypes = readLineAmountTypes(element, errors) ?? note.lineAmountTypes;
  const lines =
    field(element, 'LineItems') === undefined
      ? undefined
      : readLineItems(state, element, invoiceTypeOf(note.type), amountTypes, errors, note.lineItems);
  const contact = field(element, 'Contact') === undefined ? undefined : readContact(state, element, errors);
  const date = readDate(element, 'Date', errors);
  if (errors.length > 0) return { ok: false, element, errors };

  if (contact !== undefined) note.contactId = resolveContact(state, contact, now).contactId;
  if (lines !== undefined) note.lineItems = lines;
  note.lineAmountTypes = amountTypes;
  if (date !== undefined) note.date = date;
  const reference = stringField(element, 'Reference');
  if (reference !== undefined) note.reference = reference;
  if (status !== undefined) note.status = status;
  applyTotals(note);
  note.updatedAt = now;
  return { ok: true, wire: creditNoteToWire(state, note) };
}

function allocateNote(ctx: EndpointContext, id: string): AccountingResponse {
  const note = findNote(ctx.state, id);
  if (note === undefined) return notFound();
  const batch = readBatch(ctx.req.body, 'Allocations');
  if (!batch.ok) return batch.response;
  const outcomes = batch.elements.map((raw) =>
    allocate(
      ctx.state,
      {
        noun: 'credit note',
        status: note.status,
        contactId: note.contactId,
        currencyCode: note.currencyCode,
        invoiceType: invoiceTypeOf(note.type),
        totalCents: note.totalCents,
        allocations: note.allocations,
        wireRef: { CreditNote: { CreditNoteID: note.creditNoteId, CreditNoteNumber: note.creditNoteNumber } },
        applied: {
          collection: 'CreditNotes',
          ref: { CreditNoteID: note.creditNoteId, CreditNoteNumber: note.creditNoteNumber },
        },
        onFullyAllocated: (date) => {
          note.status = 'PAID';
          note.fullyPaidOn = date;
        },
        touch: () => {
          note.updatedAt = ctx.req.now;
        },
      },
      raw,
      ctx.req.now,
    ),
  );
  return batchResponse(
    ctx.response,
    'Allocations',
    outcomes,
    summarizeErrors(ctx.query),
    'HasValidationErrors',
  );
}
