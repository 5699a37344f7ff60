/**
 * Which typed calls move files rather than JSON. The generated types say so per operation; at runtime
 * (no generated code) the path template does, by Xero's two conventions, which
 * test/xero/typed-api-coverage.test.ts checks against every operation of the spec:
 * - `GET …/Attachments/{AttachmentID}` and `GET …/Attachments/{FileName}` answer the file's bytes;
 * - `GET …/pdf` answers a PDF.
 * Uploads need no rule: their body is bytes (`Uint8Array`).
 */

/** The `Accept` a file download asks for (the spec's answer type), or undefined for a JSON call. */
export function fileDownloadAccept(method: string, template: string): string | undefined {
  if (method !== 'GET') return undefined;
  if (/\/pdf$/.test(template)) return 'application/pdf';
  if (/\/Attachments\/\{(AttachmentID|FileName)\}$/.test(template)) return 'application/octet-stream';
  return undefined;
}
