import { z } from 'zod';
import { XeroApiError } from '../../errors/api-errors.js';
import { InvalidArgumentError } from '../../errors/configuration-error.js';
import type { CallOptions } from '../call-options.js';
import { idempotencyKeyFor } from '../idempotency.js';
import { parseResponse } from '../response-parsing.js';
import { type Attachment, attachmentSchema } from '../schemas/attachment.js';
import { envelopeSchema } from '../schemas/common.js';
import type { EndpointCaller } from './endpoint-caller.js';
import { validateArgument } from './filter-validation.js';

/**
 * The bound on one attachment file: 10 MB. Neither Xero's OpenAPI document nor our facts sheet states one;
 * 10 MB is what integrators' documentation reports for Xero today (it was 3 MB before). An upload over it
 * is refused before anything is sent, so a file Xero would refuse never spends a call.
 */
export const XERO_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The records that take attachments through `attachments`. */
export type AttachmentParent = 'Invoices' | 'CreditNotes' | 'BankTransactions';

/** A file to attach. */
export interface AttachmentUpload {
  /** The name Xero shows, with its extension (e.g. `remittance-2025-01.pdf`). A name already on the record is replaced. */
  fileName: string;
  /** The file's content, at most `XERO_ATTACHMENT_MAX_BYTES`. A `Buffer` is a `Uint8Array`. */
  bytes: Uint8Array;
  /** Its MIME type, e.g. `application/pdf`. */
  contentType: string;
  /** Show the file with the online invoice (invoices and credit notes only). @default false */
  includeOnline?: boolean;
}

/** A downloaded file. */
export interface AttachmentContent {
  /** The file's bytes exactly as stored. */
  bytes: Uint8Array;
  /** The content type Xero served it with. */
  contentType: string;
}

const PARENTS: readonly AttachmentParent[] = ['Invoices', 'CreditNotes', 'BankTransactions'];
const parentSchema = z.enum(PARENTS);
const recordIdSchema = z.string().trim().min(1);
// A path segment: no separators or control characters, within Xero's file name length.
const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .refine(
    (name) => ![...name].some((c) => c === '/' || c === '\\' || c.charCodeAt(0) < 0x20 || c === '\u007f'),
    'must not contain / \\ or control characters',
  );
const uploadSchema = z.strictObject({
  fileName: fileNameSchema,
  bytes: z.instanceof(Uint8Array, { message: 'must be a Uint8Array (or Buffer)' }),
  contentType: z
    .string()
    .trim()
    .regex(/^[\w.+-]+\/[\w.+-]+(\s*;.*)?$/, 'must be a MIME type such as application/pdf'),
  includeOnline: z.boolean().optional(),
});
const downloadTargetSchema = z.union([
  fileNameSchema,
  z.looseObject({ AttachmentID: z.string().trim().min(1), MimeType: z.string().optional() }),
]);

// Built once per module: building a zod envelope costs far more than reusing one.
const attachmentsEnvelope = envelopeSchema('Attachments', attachmentSchema);

/**
 * Files on invoices, credit notes and bank transactions: `/{Resource}/{id}/Attachments`. Uploads send the
 * bytes as they are (not JSON) under an idempotency key, so a retry after a lost answer attaches once;
 * downloads return the bytes untouched.
 * @example
 * const file = await role.attachments.upload('Invoices', invoiceId, {
 *   fileName: 'remittance.pdf', bytes: await readFile('remittance.pdf'), contentType: 'application/pdf',
 * });
 * const { bytes } = await role.attachments.download('Invoices', invoiceId, file);
 */
export class AttachmentsEndpoint {
  // #private: the caller's unchecked `send` is never reachable from a role client at runtime.
  readonly #caller: EndpointCaller;

  /** @internal Made by the role client; the caller type stays out of the public declarations. */
  constructor(caller: EndpointCaller) {
    this.#caller = caller;
  }

  /**
   * Attaches a file (`PUT /{parent}/{id}/Attachments/{fileName}`). A file over
   * `XERO_ATTACHMENT_MAX_BYTES`, an empty one, or bad arguments are an `InvalidArgumentError` naming the
   * file, and nothing is sent. Returns the attachment as Xero lists it.
   */
  async upload(
    parent: AttachmentParent,
    recordId: string,
    file: AttachmentUpload,
    options?: CallOptions,
  ): Promise<Attachment> {
    const resource = validateArgument(parentSchema, parent, 'parent');
    const id = validateArgument(recordIdSchema, recordId, 'recordId');
    const upload = validateArgument(uploadSchema, file, 'attachment');
    const path = `/${resource}/${encodeURIComponent(id)}/Attachments/${encodeURIComponent(upload.fileName)}`;
    const size = upload.bytes.byteLength;
    if (size === 0 || size > XERO_ATTACHMENT_MAX_BYTES) {
      const problem =
        size === 0
          ? 'is empty'
          : `is ${size} bytes, over Xero's limit of ${XERO_ATTACHMENT_MAX_BYTES} bytes (10 MB) per file`;
      throw new InvalidArgumentError(`The attachment '${upload.fileName}' ${problem}: PUT ${path} not sent`, [
        { path: 'attachment.bytes', message: `${size} bytes (1–${XERO_ATTACHMENT_MAX_BYTES} allowed)` },
      ]);
    }
    if (upload.includeOnline !== undefined && resource === 'BankTransactions') {
      throw new InvalidArgumentError('includeOnline applies to invoices and credit notes only', [
        { path: 'attachment.includeOnline', message: 'not for BankTransactions' },
      ]);
    }
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      {
        method: 'PUT',
        path,
        params: upload.includeOnline === undefined ? undefined : { IncludeOnline: upload.includeOnline },
        rawBody: { bytes: upload.bytes, contentType: upload.contentType },
      },
      call,
      idempotencyKeyFor('PUT', call.idempotencyKey),
    );
    const attached = parseResponse(attachmentsEnvelope, response).Attachments[0];
    if (attached === undefined)
      throw new XeroApiError('Xero listed no attachment for the upload', response.meta);
    return attached;
  }

  /** The files on a record (`GET /{parent}/{id}/Attachments`); a missing record is an `XeroApiError` 404. */
  async list(parent: AttachmentParent, recordId: string, options?: CallOptions): Promise<Attachment[]> {
    const resource = validateArgument(parentSchema, parent, 'parent');
    const id = validateArgument(recordIdSchema, recordId, 'recordId');
    const call = this.#caller.check(options);
    const response = await this.#caller.send(
      { method: 'GET', path: `/${resource}/${encodeURIComponent(id)}/Attachments` },
      call,
      undefined,
    );
    return parseResponse(attachmentsEnvelope, response).Attachments;
  }

  /**
   * One file's bytes, by file name or by the `Attachment` from `list`/`upload` (then by AttachmentID,
   * asking for its MimeType as Xero expects). A missing file is an `XeroApiError` 404.
   */
  async download(
    parent: AttachmentParent,
    recordId: string,
    attachment: string | Pick<Attachment, 'AttachmentID' | 'MimeType'>,
    options?: CallOptions,
  ): Promise<AttachmentContent> {
    const resource = validateArgument(parentSchema, parent, 'parent');
    const id = validateArgument(recordIdSchema, recordId, 'recordId');
    const target = validateArgument(downloadTargetSchema, attachment, 'attachment');
    const call = this.#caller.check(options);
    const name = typeof target === 'string' ? target : target.AttachmentID;
    // Xero serves the file for its own MIME type in Accept (JSON would describe it instead).
    const accept = typeof target === 'string' ? undefined : target.MimeType;
    const response = await this.#caller.send(
      {
        method: 'GET',
        path: `/${resource}/${encodeURIComponent(id)}/Attachments/${encodeURIComponent(name)}`,
        headers: { Accept: accept ?? 'application/octet-stream' },
        responseType: 'bytes',
      },
      call,
      undefined,
    );
    const bytes = response.data;
    if (!(bytes instanceof Uint8Array))
      throw new XeroApiError('Xero answered the download with no content', response.meta);
    return {
      bytes,
      contentType: response.headers['content-type'] ?? accept ?? 'application/octet-stream',
    };
  }
}
