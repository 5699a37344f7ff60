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
import { type ListSpec, listRecords } from '../list-query.js';
import type { ContactRecord, ContactStatus, OrganisationState } from '../records.js';
import { notFound, okEnvelope } from '../responses.js';
import { contactToWire } from '../wire-format.js';
import type { XeroValidationError } from '../wire-types.js';
import type { Endpoint, EndpointContext } from './endpoint.js';

function contactListSpec(state: OrganisationState): ListSpec<ContactRecord> {
  return {
    // Asking for explicit IDs returns them whatever their status.
    byId: { param: 'ids', get: (id) => state.contacts.get(id) },
    filters: [],
    updatedAt: (contact) => contact.updatedAt,
    fields: {
      contactid: (contact) => contact.contactId,
      name: (contact) => contact.name,
      contactstatus: (contact) => contact.status,
      firstname: (contact) => contact.firstName ?? '',
      lastname: (contact) => contact.lastName ?? '',
      emailaddress: (contact) => contact.emailAddress ?? '',
      contactnumber: (contact) => contact.contactNumber ?? '',
      accountnumber: (contact) => contact.accountNumber ?? '',
      iscustomer: (contact) => contact.isCustomer,
      issupplier: (contact) => contact.isSupplier,
      updateddateutc: (contact) => contact.updatedAt,
    },
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * GET /Contacts (IDs, where, order, paging, If-Modified-Since; archived contacts only with
 * includeArchived=true, as in Xero), GET /Contacts/{ContactID}, PUT (create) and POST (create, or
 * update by ContactID). Names are unique across active contacts.
 */
export const contactsEndpoint: Endpoint = {
  collectionMethods: ['GET', 'PUT', 'POST'],
  itemMethods: ['GET', 'POST'],
  handle(ctx, id) {
    if (ctx.req.method === 'GET') return id === undefined ? listContacts(ctx) : getContact(ctx, id);
    return writeContacts(ctx, id);
  },
};

function listContacts(ctx: EndpointContext): AccountingResponse {
  const includeArchived = ctx.query.get('includearchived')?.toLowerCase() === 'true';
  const all = ctx.state.contacts.values();
  const records = includeArchived ? all : activeOnly(all);
  const listed = listRecords(records, contactListSpec(ctx.state), ctx.query, ctx.req.headers);
  if (!listed.ok) return listed.response;
  return okEnvelope(ctx.response, 'Contacts', listed.items.map(contactToWire), listed.pagination);
}

function* activeOnly(contacts: Iterable<ContactRecord>): Generator<ContactRecord> {
  for (const contact of contacts) if (contact.status !== 'ARCHIVED') yield contact;
}

function getContact(ctx: EndpointContext, id: string): AccountingResponse {
  const contact = ctx.state.contacts.get(id.toLowerCase());
  return contact === undefined ? notFound() : okEnvelope(ctx.response, 'Contacts', [contactToWire(contact)]);
}

function writeContacts(ctx: EndpointContext, pathId: string | undefined): AccountingResponse {
  const batch = readBatch(ctx.req.body, 'Contacts');
  if (!batch.ok) return batch.response;
  const upsert = ctx.req.method === 'POST';
  const outcomes = batch.elements.map((raw) => writeContact(ctx, raw, upsert, pathId));
  return batchResponse(ctx.response, 'Contacts', outcomes, summarizeErrors(ctx.query), 'HasValidationErrors');
}

function writeContact(
  ctx: EndpointContext,
  raw: unknown,
  upsert: boolean,
  pathId: string | undefined,
): ElementOutcome {
  const element = asElement(raw);
  if (element === undefined) {
    return { ok: false, element: {}, errors: [{ Message: 'Each Contacts element must be a JSON object' }] };
  }
  const { state } = ctx;
  const errors: XeroValidationError[] = [];
  const id = (pathId ?? stringField(element, 'ContactID'))?.toLowerCase();
  let existing: ContactRecord | undefined;
  if (id !== undefined && id !== '') {
    existing = state.contacts.get(id);
    if (!upsert) {
      errors.push({
        Message: `ContactID '${id}' was sent to PUT /Contacts, which only creates contacts: use POST to update`,
      });
    } else if (existing === undefined) {
      errors.push({ Message: 'The document with the supplied id was not found for this endpoint.' });
    }
    if (errors.length > 0) return { ok: false, element, errors };
  }

  const nameValue = field(element, 'Name');
  const name = typeof nameValue === 'string' ? nameValue.trim() : undefined;
  if (existing === undefined || nameValue !== undefined) {
    if (name === undefined || name === '') errors.push({ Message: 'The contact name must be specified.' });
    else if (name.length > 255) errors.push({ Message: 'The contact name must be 255 characters or fewer.' });
    else {
      const clashId = state.contactIdByName.get(name.toLowerCase());
      const clash = clashId === undefined ? undefined : state.contacts.get(clashId);
      if (clash !== undefined && clash.contactId !== existing?.contactId && clash.status === 'ACTIVE') {
        errors.push({
          Message: `The contact name ${name} is already assigned to another contact. The contact name must be unique across all active contacts.`,
        });
      }
    }
  }
  const email = stringField(element, 'EmailAddress');
  if (email !== undefined && email !== '' && !EMAIL.test(email)) {
    errors.push({ Message: 'Email address must be valid.' });
  }
  const statusValue = stringField(element, 'ContactStatus')?.toUpperCase();
  if (statusValue !== undefined && statusValue !== 'ACTIVE' && statusValue !== 'ARCHIVED') {
    errors.push({ Message: `ContactStatus '${statusValue}' is not valid: use ACTIVE or ARCHIVED.` });
  }
  if (errors.length > 0) return { ok: false, element, errors };

  const contact: ContactRecord = existing ?? {
    contactId: state.ids.uuid(),
    name: name ?? '',
    status: 'ACTIVE',
    isCustomer: false,
    isSupplier: false,
    updatedAt: ctx.req.now,
  };
  if (name !== undefined && name !== contact.name) {
    const oldKey = contact.name.toLowerCase();
    if (state.contactIdByName.get(oldKey) === contact.contactId) state.contactIdByName.delete(oldKey);
    contact.name = name;
  }
  if (statusValue !== undefined) contact.status = statusValue as ContactStatus;
  applyOptionalString(element, 'FirstName', (value) => {
    contact.firstName = value;
  });
  applyOptionalString(element, 'LastName', (value) => {
    contact.lastName = value;
  });
  applyOptionalString(element, 'EmailAddress', (value) => {
    contact.emailAddress = value;
  });
  applyOptionalString(element, 'ContactNumber', (value) => {
    contact.contactNumber = value;
  });
  applyOptionalString(element, 'AccountNumber', (value) => {
    contact.accountNumber = value;
  });
  applyOptionalString(element, 'DefaultCurrency', (value) => {
    contact.defaultCurrency = value.toUpperCase();
  });
  contact.updatedAt = ctx.req.now;
  state.contacts.set(contact.contactId, contact);
  if (contact.status === 'ACTIVE' || !state.contactIdByName.has(contact.name.toLowerCase())) {
    state.contactIdByName.set(contact.name.toLowerCase(), contact.contactId);
  }
  return { ok: true, wire: contactToWire(contact) };
}

function applyOptionalString(
  element: Record<string, unknown>,
  name: string,
  apply: (value: string) => void,
): void {
  const value = stringField(element, name);
  if (value !== undefined) apply(value);
}
