/**
 * Which invoices and contacts one write changed, as Xero's webhooks report them: a record that did not
 * exist before the call is a CREATE, one the call wrote (an invoice it updated, an invoice a payment was
 * applied to or removed from, a contact it edited) an UPDATE. Derived from the model's state and the
 * response, so the endpoints need no webhook code of their own.
 */
import type { AccountingResponse } from './contract.js';
import type { OrganisationState } from './records.js';

export type ChangeCategory = 'INVOICE' | 'CONTACT';

/** One record changed by a write. */
export interface RecordChange {
  category: ChangeCategory;
  type: 'CREATE' | 'UPDATE';
  /** InvoiceID or ContactID. */
  resourceId: string;
  /** Xero's clock when it happened, epoch ms. */
  at: number;
}

/** How many invoices and contacts the state held before a write: records are only ever appended. */
export interface StateSizes {
  invoices: number;
  contacts: number;
}

export function stateSizes(state: OrganisationState): StateSizes {
  return { invoices: state.invoices.size, contacts: state.contacts.size };
}

export function changesOfWrite(
  state: OrganisationState,
  before: StateSizes,
  response: AccountingResponse,
  at: number,
): RecordChange[] {
  const changes: RecordChange[] = [];
  const created = new Set<string>();
  const create = (category: ChangeCategory, ids: Iterable<string>) => {
    for (const resourceId of ids) {
      created.add(resourceId);
      changes.push({ category, type: 'CREATE', resourceId, at });
    }
  };
  // Maps keep insertion order and nothing is removed from them, so what lies past the old size is new.
  if (state.contacts.size > before.contacts) create('CONTACT', after(state.contacts.keys(), before.contacts));
  if (state.invoices.size > before.invoices) create('INVOICE', after(state.invoices.keys(), before.invoices));
  if (response.status >= 300 || typeof response.body !== 'object' || response.body === null) return changes;

  const updated = new Set<string>();
  const update = (category: ChangeCategory, id: unknown) => {
    if (typeof id !== 'string') return;
    const resourceId = id.toLowerCase();
    if (created.has(resourceId) || updated.has(`${category}:${resourceId}`)) return;
    updated.add(`${category}:${resourceId}`);
    changes.push({ category, type: 'UPDATE', resourceId, at });
  };
  const body = response.body as Record<string, unknown>;
  for (const element of written(body.Invoices)) update('INVOICE', element.InvoiceID);
  for (const element of written(body.Contacts)) update('CONTACT', element.ContactID);
  // Payments, allocations (credit notes, overpayments, prepayments) and batch payments move invoices.
  const batchPayments = written(body.BatchPayments).flatMap((batch) => written(batch.Payments));
  for (const element of [...written(body.Payments), ...written(body.Allocations), ...batchPayments]) {
    const invoice = element.Invoice as Record<string, unknown> | undefined;
    update('INVOICE', invoice?.InvoiceID);
  }
  return changes;
}

function* after(keys: Iterable<string>, skip: number): Generator<string> {
  let index = 0;
  for (const key of keys) if (index++ >= skip) yield key;
}

/** The elements of a batch answer that were written (failed ones carry their errors and changed nothing). */
function written(collection: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(collection)) return [];
  return collection.filter(
    (e): e is Record<string, unknown> =>
      typeof e === 'object' &&
      e !== null &&
      (e as Record<string, unknown>).StatusAttributeString !== 'ERROR' &&
      !Array.isArray((e as Record<string, unknown>).ValidationErrors),
  );
}
