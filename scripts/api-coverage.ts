/**
 * Builds docs/guides/api-coverage.md from the vendored Accounting OpenAPI document: every operation, the
 * `xero-node` method Xero generates for it (its operationId) and this SDK's call — the first-class one
 * where it exists (FIRST_CLASS below, checked against the role client by test/xero/typed-api-coverage),
 * otherwise the typed `api` call.
 *
 *   npx tsx scripts/api-coverage.ts          writes the page
 *   npx tsx scripts/api-coverage.ts --check  exits 1 when the page is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';

export const SPEC_FILE = fileURLToPath(new URL('../openapi/xero_accounting.yaml', import.meta.url));
export const COVERAGE_PAGE = fileURLToPath(new URL('../docs/guides/api-coverage.md', import.meta.url));

/**
 * First-class calls by operation (`METHOD /path` as the spec writes it): `<endpoint>.<method>` on a role
 * client. These parse and validate Xero's answer (zod), turn `/Date()/` into `Date`, page and batch.
 */
export const FIRST_CLASS: Readonly<Record<string, readonly string[]>> = {
  'GET /Accounts': ['accounts.list', 'accounts.listBankAccounts'],
  'GET /Accounts/{AccountID}': ['accounts.get'],
  'GET /BankTransactions': ['bankTransactions.list'],
  'PUT /BankTransactions': ['bankTransactions.create'],
  'POST /BankTransactions': ['bankTransactions.update'],
  'GET /BankTransactions/{BankTransactionID}': ['bankTransactions.get'],
  'GET /BatchPayments': ['batchPayments.list'],
  'PUT /BatchPayments': ['batchPayments.create'],
  'GET /BatchPayments/{BatchPaymentID}': ['batchPayments.get'],
  'POST /BatchPayments/{BatchPaymentID}': ['batchPayments.delete'],
  'GET /Contacts': ['contacts.list', 'contacts.sync'],
  'PUT /Contacts': ['contacts.create'],
  'POST /Contacts': ['contacts.update'],
  'GET /Contacts/{ContactID}': ['contacts.get'],
  'GET /CreditNotes': ['creditNotes.list'],
  'PUT /CreditNotes': ['creditNotes.create'],
  'POST /CreditNotes': ['creditNotes.update'],
  'GET /CreditNotes/{CreditNoteID}': ['creditNotes.get'],
  'PUT /CreditNotes/{CreditNoteID}/Allocations': ['creditNotes.allocate'],
  'GET /Currencies': ['currencies.list', 'currencies.get'],
  'GET /Invoices': ['invoices.list', 'invoices.sync'],
  'PUT /Invoices': ['invoices.create'],
  'POST /Invoices': ['invoices.update'],
  'GET /Invoices/{InvoiceID}': ['invoices.get'],
  'GET /Invoices/{InvoiceID}/OnlineInvoice': ['invoices.onlineInvoiceUrl'],
  'GET /Invoices/{InvoiceID}/History': ['invoices.history'],
  'PUT /Invoices/{InvoiceID}/History': ['invoices.addNotes'],
  'GET /Items': ['items.list'],
  'GET /Items/{ItemID}': ['items.get'],
  'GET /Organisation': ['organisation.get'],
  'GET /Overpayments': ['overpayments.list'],
  'GET /Overpayments/{OverpaymentID}': ['overpayments.get'],
  'PUT /Overpayments/{OverpaymentID}/Allocations': ['overpayments.allocate'],
  'GET /Payments': ['payments.list', 'payments.sync'],
  'PUT /Payments': ['payments.create'],
  'GET /Payments/{PaymentID}': ['payments.get'],
  'POST /Payments/{PaymentID}': ['payments.reverse'],
  'GET /Prepayments': ['prepayments.list'],
  'GET /Prepayments/{PrepaymentID}': ['prepayments.get'],
  'PUT /Prepayments/{PrepaymentID}/Allocations': ['prepayments.allocate'],
  'GET /TaxRates': ['taxRates.list'],
  'GET /TaxRates/{TaxType}': ['taxRates.get'],
  'GET /TrackingCategories': ['trackingCategories.list'],
  'GET /TrackingCategories/{TrackingCategoryID}': ['trackingCategories.get'],
  'GET /BankTransactions/{BankTransactionID}/Attachments': ['attachments.list'],
  'GET /BankTransactions/{BankTransactionID}/Attachments/{AttachmentID}': ['attachments.download'],
  'GET /BankTransactions/{BankTransactionID}/Attachments/{FileName}': ['attachments.download'],
  'PUT /BankTransactions/{BankTransactionID}/Attachments/{FileName}': ['attachments.upload'],
  'GET /CreditNotes/{CreditNoteID}/Attachments': ['attachments.list'],
  'GET /CreditNotes/{CreditNoteID}/Attachments/{AttachmentID}': ['attachments.download'],
  'GET /CreditNotes/{CreditNoteID}/Attachments/{FileName}': ['attachments.download'],
  'PUT /CreditNotes/{CreditNoteID}/Attachments/{FileName}': ['attachments.upload'],
  'GET /Invoices/{InvoiceID}/Attachments': ['attachments.list'],
  'GET /Invoices/{InvoiceID}/Attachments/{AttachmentID}': ['attachments.download'],
  'GET /Invoices/{InvoiceID}/Attachments/{FileName}': ['attachments.download'],
  'PUT /Invoices/{InvoiceID}/Attachments/{FileName}': ['attachments.upload'],
};

const METHODS = ['get', 'put', 'post', 'delete'] as const;

interface MediaMap {
  [media: string]: unknown;
}
interface SpecParameter {
  in?: string;
  name?: string;
  required?: boolean;
  $ref?: string;
}
interface SpecOperation {
  operationId?: string;
  summary?: string;
  parameters?: SpecParameter[];
  requestBody?: { content?: MediaMap };
  responses?: Record<string, { content?: MediaMap }>;
}
type SpecDocument = {
  info: { version: string };
  components?: { parameters?: Record<string, SpecParameter> };
  paths: Record<string, Partial<Record<(typeof METHODS)[number], SpecOperation>>>;
};

export interface CoverageRow {
  resource: string;
  method: Uppercase<(typeof METHODS)[number]>;
  path: string;
  operationId: string;
  summary: string;
  /** `first-class` or `api` (the typed call). */
  kind: 'first-class' | 'api';
  /** Sends or answers a file (attachment bytes, a PDF) rather than JSON. */
  file: boolean;
  calls: readonly string[];
}

export function loadSpec(file = SPEC_FILE): SpecDocument {
  return parseYaml(readFileSync(file, 'utf8'), { maxAliasCount: -1 }) as SpecDocument;
}

function isFileOperation(operation: SpecOperation): boolean {
  const sends = Object.keys(operation.requestBody?.content ?? {});
  const answers = Object.keys(operation.responses?.['200']?.content ?? {});
  return (
    (sends.length > 0 && !sends.includes('application/json')) ||
    (answers.length > 0 && !answers.includes('application/json'))
  );
}

/** Header parameters the caller must give (the SDK sets the tenant and the idempotency key). */
function requiredHeaders(spec: SpecDocument, operation: SpecOperation): boolean {
  return (operation.parameters ?? []).some((parameter) => {
    const resolved = parameter.$ref
      ? spec.components?.parameters?.[parameter.$ref.replace('#/components/parameters/', '')]
      : parameter;
    return (
      resolved?.in === 'header' &&
      resolved.required === true &&
      !/^(xero-tenant-id|Idempotency-Key)$/i.test(resolved.name ?? '')
    );
  });
}

/** The typed call as a reader writes it: `api.put('/Invoices/{InvoiceID}', { path, body })`. */
function apiCall(spec: SpecDocument, method: string, path: string, operation: SpecOperation): string {
  const init: string[] = [];
  if (path.includes('{')) init.push('path');
  if (operation.requestBody?.content?.['application/json'] !== undefined) init.push('body');
  if (operation.requestBody?.content?.['application/octet-stream'] !== undefined)
    init.push('body', 'contentType');
  if (requiredHeaders(spec, operation)) init.push('headers');
  return `api.${method}('${path}'${init.length > 0 ? `, { ${init.join(', ')} }` : ''})`;
}

export function coverageRows(spec: SpecDocument): CoverageRow[] {
  const rows: CoverageRow[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const firstClass = FIRST_CLASS[key];
      const file = isFileOperation(operation);
      rows.push({
        resource: path.split('/')[1] ?? path,
        method: method.toUpperCase() as CoverageRow['method'],
        path,
        operationId: operation.operationId ?? '',
        summary: (operation.summary ?? '').replace(/\s+/g, ' ').trim(),
        kind: firstClass ? 'first-class' : 'api',
        file,
        calls: firstClass ?? [apiCall(spec, method, path, operation)],
      });
    }
  }
  return rows;
}

function cell(row: CoverageRow): string {
  return row.calls.map((call) => `\`${call}\``).join(', ');
}

export function coverageMarkdown(spec: SpecDocument): string {
  const rows = coverageRows(spec);
  const count = (kind: CoverageRow['kind']) => rows.filter((row) => row.kind === kind).length;
  const files = rows.filter((row) => row.file);
  const resources = [...new Set(rows.map((row) => row.resource))];
  const lines = [
    '# Accounting API coverage',
    '',
    '<!-- Generated by scripts/api-coverage.ts from openapi/xero_accounting.yaml; do not edit by hand. -->',
    '',
    `Every operation of Xero's Accounting API (official OpenAPI document, version ${spec.info.version}: ${rows.length} operations on ${Object.keys(spec.paths).length} paths),`,
    "the method Xero's official `xero-node` SDK has for it (`xero.accountingApi.<method>`), and this SDK's call on a",
    'role client (`pool.role(role)`):',
    '',
    `- **first-class** (${count('first-class')} operations): a method that validates its input with zod, parses Xero's answer,`,
    '  turns `/Date()/` into `Date`, pages lists and sends batches of 50 with one result per element;',
    `- **typed \`api\` call** (${count('api')} operations): \`client.api.get|put|post|delete(path, { path, query, body })\`, with the`,
    "  method, path, parameters, body and answer typed from the same OpenAPI document. Xero's JSON comes back",
    '  as sent (dates stay `/Date()/` strings).',
    `  Files (${files.length} operations: attachment uploads and downloads, PDFs) are typed calls too: an upload's`,
    "  `body` is a `Uint8Array` with its `contentType` (Xero's 10 MB per file checked before sending), a download",
    '  answers a `Uint8Array`.',
    '',
    'Both kinds run through the same pipeline: the connection for the role, the four rate limits, token',
    'refresh, retries, an idempotency key on every write (`PUT`/`POST`) and typed errors.',
    '',
    '<!-- snippet-context: host-app -->',
    '```ts',
    "const wisepay = pool.role('wisepay');",
    '// First-class: parsed, validated, paged.',
    'const bankAccounts = await wisepay.accounts.listBankAccounts();',
    "// Typed call on an operation without a first-class method: the answer is the spec's `Quotes`.",
    "const { data } = await wisepay.api.get('/Quotes', { query: { Status: 'SENT' } });",
    'const quote = data.Quotes?.[0];',
    'if (quote?.QuoteID) {',
    "  await wisepay.api.post('/Quotes/{QuoteID}', {",
    '    path: { QuoteID: quote.QuoteID },',
    "    body: { Quotes: [{ ...quote, Reference: 'Accepted by phone' }] },",
    '  });',
    '}',
    'console.log(bankAccounts.length);',
    '```',
    '',
    '## Operations by resource',
    '',
  ];
  for (const resource of resources) {
    lines.push(`### ${resource}`, '', '| Operation | xero-node | This SDK |', '| --- | --- | --- |');
    for (const row of rows.filter((r) => r.resource === resource)) {
      const first = row.kind === 'first-class' ? ' (first-class)' : row.file ? ' (file)' : '';
      lines.push(`| \`${row.method} ${row.path}\` | \`${row.operationId}\` | ${cell(row)}${first} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const page = coverageMarkdown(loadSpec());
  if (process.argv.includes('--check')) {
    if (readFileSync(COVERAGE_PAGE, 'utf8') !== page) {
      console.error('docs/guides/api-coverage.md is stale: run `npx tsx scripts/api-coverage.ts`.');
      process.exit(1);
    }
    console.log('docs/guides/api-coverage.md is current.');
  } else {
    writeFileSync(COVERAGE_PAGE, page);
    console.log('wrote docs/guides/api-coverage.md');
  }
}
