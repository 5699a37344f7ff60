/**
 * Xero's Attachments on invoices, credit notes and bank transactions: files stored per record, uploaded as
 * raw bytes (`PUT`/`POST /{Resource}/{id}/Attachments/{FileName}`), listed
 * (`GET /{Resource}/{id}/Attachments`) and downloaded by file name or AttachmentID with their bytes and
 * content type. An upload under a file name the record already holds replaces that file (its AttachmentID
 * is kept), as Xero does.
 */
import type { AccountingRequest, AccountingResponse } from './contract.js';
import { extraResources } from './extra-resources.js';
import { paymentsWork } from './payments-work.js';
import type { OrganisationState } from './records.js';
import { notFound, okEnvelope, type ResponseContext, requestValidationError } from './responses.js';

/** Xero's bound on one attachment file (the SDK refuses larger files before sending). */
export const SIMULATED_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** Path segment (lower-cased) → Xero's own spelling, for `Url`. */
const RESOURCES: Readonly<Record<string, string>> = {
  invoices: 'Invoices',
  creditnotes: 'CreditNotes',
  banktransactions: 'BankTransactions',
};

/** Only invoices and credit notes can show a file on the online invoice. */
const ONLINE_RESOURCES = new Set(['invoices', 'creditnotes']);

interface StoredAttachment {
  attachmentId: string;
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
  includeOnline: boolean;
}

export interface AttachmentStore {
  /** True for `/{Resource}/{id}/Attachments[/…]` on a resource that takes attachments. */
  serves(resource: string, subName: string | undefined): boolean;
  /** One attachments call; `sub` is `['attachments', ...rest]` (decoded). */
  handle(
    state: OrganisationState,
    req: AccountingRequest,
    response: ResponseContext,
    resource: string,
    id: string,
    sub: readonly string[],
  ): AccountingResponse;
}

/** One organisation's attachments, kept on the model instance (nothing global). */
export function createAttachmentStore(): AttachmentStore {
  // `${resource}/${lower-cased record id}` → the record's files, in upload order.
  const byRecord = new Map<string, StoredAttachment[]>();

  return {
    serves: (resource, subName) => subName === 'attachments' && resource in RESOURCES,
    handle(state, req, response, resource, id, sub) {
      const recordId = id.toLowerCase();
      if (!recordExists(state, resource, recordId)) return notFound();
      const files = byRecord.get(`${resource}/${recordId}`) ?? [];
      const name = sub[1];
      if (req.method === 'GET') {
        if (name === undefined) return okEnvelope(response, 'Attachments', files.map(toWire(resource, id)));
        const lower = name.toLowerCase();
        const file =
          files.find((f) => f.attachmentId === lower) ??
          files.find((f) => f.fileName.toLowerCase() === lower);
        if (file === undefined) return notFound();
        return {
          status: 200,
          body: file.bytes,
          headers: {
            'content-type': file.mimeType,
            'content-disposition': `attachment; filename="${encodeURIComponent(file.fileName)}"`,
          },
        };
      }
      if (req.method !== 'PUT' && req.method !== 'POST') return notFound();
      if (name === undefined || name.trim() === '' || sub.length > 2)
        return requestValidationError(
          'The attachment needs a file name: /{Resource}/{id}/Attachments/{FileName}',
        );
      const bytes = req.rawBody;
      if (bytes === undefined || bytes.byteLength === 0)
        return requestValidationError(`The attachment '${name}' has no content`);
      if (bytes.byteLength > SIMULATED_ATTACHMENT_MAX_BYTES)
        return requestValidationError(
          `The attachment '${name}' is ${bytes.byteLength} bytes; the limit is ${SIMULATED_ATTACHMENT_MAX_BYTES}`,
        );
      const includeOnline =
        ONLINE_RESOURCES.has(resource) && req.query.get('IncludeOnline')?.toLowerCase() === 'true';
      const mimeType =
        (req.headers['content-type'] ?? '').split(';')[0]?.trim() || 'application/octet-stream';
      const existing = files.find((f) => f.fileName.toLowerCase() === name.toLowerCase());
      const stored: StoredAttachment = {
        attachmentId: existing?.attachmentId ?? state.ids.uuid(),
        fileName: name,
        mimeType,
        // A copy: the server's buffer is not the store's.
        bytes: new Uint8Array(bytes),
        includeOnline,
      };
      const next =
        existing === undefined ? [...files, stored] : files.map((f) => (f === existing ? stored : f));
      byRecord.set(`${resource}/${recordId}`, next);
      return okEnvelope(response, 'Attachments', [toWire(resource, id)(stored)]);
    },
  };
}

function recordExists(state: OrganisationState, resource: string, recordId: string): boolean {
  switch (resource) {
    case 'invoices':
      return state.invoices.has(recordId);
    case 'creditnotes':
      return paymentsWork(state).creditNotes.has(recordId);
    case 'banktransactions':
      return extraResources(state).bankTransactions.has(recordId);
    default:
      return false;
  }
}

function toWire(resource: string, id: string) {
  return (file: StoredAttachment): Record<string, unknown> => {
    const wire: Record<string, unknown> = {
      AttachmentID: file.attachmentId,
      FileName: file.fileName,
      Url: `https://api.xero.com/api.xro/2.0/${RESOURCES[resource]}/${id}/Attachments/${encodeURIComponent(file.fileName)}`,
      MimeType: file.mimeType,
      ContentLength: file.bytes.byteLength,
    };
    if (ONLINE_RESOURCES.has(resource)) wire.IncludeOnline = file.includeOnline;
    return wire;
  };
}
