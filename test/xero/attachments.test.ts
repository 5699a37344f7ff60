/**
 * attachments on a role client, over real HTTP against the simulator: binary bytes (invalid UTF-8 included)
 * survive upload, list and download on invoices, credit notes and bank transactions; a file over Xero's
 * 10 MB limit and bad arguments are refused before anything is sent; a retried upload (its answer lost)
 * attaches once under one idempotency key; every JSON body the simulator sends matches Xero's schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MissingScopeError, XeroApiError } from '../../src/errors/api-errors.js';
import { InvalidArgumentError } from '../../src/errors/configuration-error.js';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { XERO_ATTACHMENT_MAX_BYTES } from '../../src/xero/endpoints/attachments.js';
import { expectMatchesSpec } from '../support/openapi-fidelity.js';
import { createHarness, type Harness, roleClient, tokenConnection } from './support/pipeline-harness.js';
import { EXTRA_RESOURCE_SCOPES, obtainScopedTokens } from './support/scoped-tokens.js';
import { SIM_APPS, type SimTokens } from './support/sim-tokens.js';

const TIME_SCALE = 0.01;

/** Every byte value, then bytes that are not valid UTF-8 (a lone continuation byte, a truncated sequence). */
function binaryFile(): Uint8Array {
  const bytes = new Uint8Array(256 + 6);
  for (let i = 0; i < 256; i++) bytes[i] = i;
  bytes.set([0x80, 0xc3, 0x28, 0xe2, 0x82, 0xff], 256);
  return bytes;
}

describe('attachments against the simulator', () => {
  let sim: XeroSimulator;
  let harness: Harness;
  let client: ReturnType<typeof roleClient>;
  let tokens: SimTokens;

  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    harness = createHarness(sim, { timeScale: TIME_SCALE, limits: { perMinute: 1000, concurrent: 20 } });
    tokens = await obtainScopedTokens(
      sim,
      SIM_APPS.wisepay,
      `${EXTRA_RESOURCE_SCOPES} accounting.attachments`,
    );
    client = roleClient(harness, tokenConnection(sim, SIM_APPS.wisepay, DEMO_TENANT_ID, tokens));
  });
  afterAll(async () => {
    await harness?.close();
    await sim?.close();
  });

  const org = () => sim.control.organisation(DEMO_TENANT_ID);
  const attachmentCalls = () =>
    sim.control.requestLog().filter((e) => e.endpoint === 'api' && /\/Attachments/i.test(e.path));

  /** The simulator's own answer, read over HTTP as any client would, for the schema checks. */
  async function raw(method: string, path: string, body?: Uint8Array, contentType?: string) {
    const response = await fetch(`${sim.apiUrl}/api.xro/2.0${path}`, {
      method,
      headers: {
        authorization: `Bearer ${tokens.accessToken}`,
        'xero-tenant-id': DEMO_TENANT_ID,
        accept: 'application/json',
        ...(contentType ? { 'content-type': contentType } : {}),
      },
      ...(body ? { body } : {}),
    });
    return { status: response.status, type: response.headers.get('content-type'), body: response };
  }

  it('uploads, lists and downloads binary bytes on an invoice unchanged (invalid UTF-8 included)', async () => {
    const invoiceId = org().invoices()[0]!.InvoiceID;
    const bytes = binaryFile();
    const attached = await client.attachments.upload('Invoices', invoiceId, {
      fileName: 'remittance 01.bin',
      bytes,
      contentType: 'application/octet-stream',
      includeOnline: true,
    });
    expect(attached).toMatchObject({
      FileName: 'remittance 01.bin',
      MimeType: 'application/octet-stream',
      ContentLength: bytes.byteLength,
      IncludeOnline: true,
    });
    expect(attached.AttachmentID).toMatch(/^[0-9a-f-]{36}$/);

    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xfe]);
    await client.attachments.upload('Invoices', invoiceId, {
      fileName: 'logo.png',
      bytes: png,
      contentType: 'image/png',
    });
    const listed = await client.attachments.list('Invoices', invoiceId);
    expect(listed.map((a) => [a.FileName, a.ContentLength, a.MimeType])).toEqual([
      ['remittance 01.bin', bytes.byteLength, 'application/octet-stream'],
      ['logo.png', png.byteLength, 'image/png'],
    ]);

    const byName = await client.attachments.download('Invoices', invoiceId, 'remittance 01.bin');
    expect(Buffer.from(byName.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(byName.contentType).toBe('application/octet-stream');
    const byId = await client.attachments.download('Invoices', invoiceId, listed[1]!);
    expect([...byId.bytes]).toEqual([...png]);
    expect(byId.contentType).toBe('image/png');
    // The byte answer reached the SDK as bytes: downloads were GETs of the file paths, answered 200.
    const downloads = attachmentCalls().filter((e) => e.method === 'GET' && /\/Attachments\/./.test(e.path));
    expect(downloads.map((e) => e.status)).toEqual([200, 200]);
  });

  it('serves credit notes and bank transactions too; a missing record or file is a 404', async () => {
    const note = (
      await client.creditNotes.create([
        {
          Type: 'ACCRECCREDIT',
          Contact: { ContactID: org().contacts()[0]!.ContactID },
          LineAmountTypes: 'NoTax',
          LineItems: [{ Description: 'Refund', Quantity: 1, UnitAmount: 10 }],
        },
      ])
    )[0]!.value!;
    const bank = org()
      .accounts()
      .find((a) => a.Type === 'BANK' && a.Status === 'ACTIVE')!;
    const tx = (
      await client.bankTransactions.create([
        {
          Type: 'SPEND',
          Contact: { ContactID: org().contacts()[1]!.ContactID },
          BankAccount: { AccountID: bank.AccountID },
          LineItems: [{ Description: 'Fee', Quantity: 1, UnitAmount: 5, AccountCode: '429' }],
        },
      ])
    )[0]!.value!;
    const bytes = binaryFile().slice(120);
    await client.attachments.upload('CreditNotes', note.CreditNoteID as string, {
      fileName: 'note.pdf',
      bytes,
      contentType: 'application/pdf',
    });
    const onTx = await client.attachments.upload('BankTransactions', tx.BankTransactionID as string, {
      fileName: 'receipt.jpg',
      bytes,
      contentType: 'image/jpeg',
    });
    expect(onTx.IncludeOnline).toBeUndefined();
    const fromNote = await client.attachments.download(
      'CreditNotes',
      note.CreditNoteID as string,
      'note.pdf',
    );
    expect([...fromNote.bytes]).toEqual([...bytes]);
    const fromTx = await client.attachments.download(
      'BankTransactions',
      tx.BankTransactionID as string,
      onTx,
    );
    expect([...fromTx.bytes]).toEqual([...bytes]);
    expect(await client.attachments.list('CreditNotes', note.CreditNoteID as string)).toHaveLength(1);

    const missingRecord = client.attachments.list('Invoices', '00000000-0000-0000-0000-000000000001');
    await expect(missingRecord).rejects.toBeInstanceOf(XeroApiError);
    await expect(missingRecord).rejects.toMatchObject({ status: 404 });
    const missingFile = client.attachments.download('CreditNotes', note.CreditNoteID as string, 'other.pdf');
    await expect(missingFile).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a file over 10 MB, an empty one and bad arguments before sending anything', async () => {
    const invoiceId = org().invoices()[1]!.InvoiceID;
    sim.control.resetLog();
    const big = new Uint8Array(XERO_ATTACHMENT_MAX_BYTES + 1);
    const over = client.attachments.upload('Invoices', invoiceId, {
      fileName: 'scan.tiff',
      bytes: big,
      contentType: 'image/tiff',
    });
    await expect(over).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(over).rejects.toThrow(/'scan\.tiff' is 10485761 bytes, over Xero's limit of 10485760 bytes/);
    const bad: Array<[string, () => Promise<unknown>, RegExp]> = [
      [
        'empty',
        () =>
          client.attachments.upload('Invoices', invoiceId, {
            fileName: 'a.txt',
            bytes: new Uint8Array(),
            contentType: 'text/plain',
          }),
        /'a\.txt' is empty/,
      ],
      [
        'slash in name',
        () =>
          client.attachments.upload('Invoices', invoiceId, {
            fileName: 'a/b.txt',
            bytes: big.subarray(0, 3),
            contentType: 'text/plain',
          }),
        /fileName/,
      ],
      [
        'no MIME type',
        () =>
          client.attachments.upload('Invoices', invoiceId, {
            fileName: 'a.txt',
            bytes: big.subarray(0, 3),
            contentType: 'pdf',
          }),
        /contentType/,
      ],
      [
        'string bytes',
        () =>
          client.attachments.upload('Invoices', invoiceId, {
            fileName: 'a.txt',
            bytes: 'abc' as unknown as Uint8Array,
            contentType: 'text/plain',
          }),
        /bytes/,
      ],
      ['unknown parent', () => client.attachments.list('Contacts' as 'Invoices', invoiceId), /parent/],
      [
        'includeOnline on a bank transaction',
        () =>
          client.attachments.upload('BankTransactions', invoiceId, {
            fileName: 'a.txt',
            bytes: big.subarray(0, 3),
            contentType: 'text/plain',
            includeOnline: true,
          }),
        /includeOnline/,
      ],
    ];
    for (const [name, call, message] of bad) {
      const attempt = call();
      await expect(attempt, name).rejects.toBeInstanceOf(InvalidArgumentError);
      await expect(attempt, name).rejects.toThrow(message);
    }
    expect(attachmentCalls()).toEqual([]);
  });

  it('a file of exactly 10 MB is sent and stored (the transport bound is the attachment one, not the JSON one)', async () => {
    const invoiceId = org().invoices()[2]!.InvoiceID;
    const bytes = new Uint8Array(XERO_ATTACHMENT_MAX_BYTES);
    bytes[0] = 0xff;
    bytes[bytes.length - 1] = 0xfe;
    const attached = await client.attachments.upload('Invoices', invoiceId, {
      fileName: 'big.pdf',
      bytes,
      contentType: 'application/pdf',
    });
    expect(attached.ContentLength).toBe(XERO_ATTACHMENT_MAX_BYTES);
    const back = await client.attachments.download('Invoices', invoiceId, attached);
    expect(back.bytes.byteLength).toBe(XERO_ATTACHMENT_MAX_BYTES);
    expect([back.bytes[0], back.bytes[back.bytes.length - 1]]).toEqual([0xff, 0xfe]);
  });

  it('request() sends and reads bytes too (files on records without a first-class call), bounded at 10 MB', async () => {
    const invoiceId = org().invoices()[6]!.InvoiceID;
    const bytes = binaryFile();
    const path = `/Invoices/${invoiceId}/Attachments/raw.bin`;
    await client.request({
      method: 'POST',
      path,
      rawBody: { bytes, contentType: 'application/octet-stream' },
    });
    const back = await client.request<Uint8Array>({ method: 'GET', path, responseType: 'bytes' });
    expect(back.data).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back.data).equals(Buffer.from(bytes))).toBe(true);
    sim.control.resetLog();
    const over = client.request({
      method: 'PUT',
      path,
      rawBody: {
        bytes: new Uint8Array(XERO_ATTACHMENT_MAX_BYTES + 1),
        contentType: 'application/octet-stream',
      },
    });
    await expect(over).rejects.toBeInstanceOf(InvalidArgumentError);
    await expect(over).rejects.toThrow(
      /10485761 bytes, larger than 10485760 bytes \(Xero's limit for one file is 10 MB\)/,
    );
    const notBytes = client.request({
      method: 'PUT',
      path,
      rawBody: { bytes: 'abc' as unknown as Uint8Array, contentType: 'text/plain' },
    });
    await expect(notBytes).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(attachmentCalls()).toEqual([]);
  });

  it('needs the accounting.attachments scope, as Xero does: without it a list is a MissingScopeError', async () => {
    const invoiceId = org().invoices()[0]!.InvoiceID;
    const without = await obtainScopedTokens(sim, SIM_APPS.wisepay);
    const noFiles = roleClient(harness, tokenConnection(sim, SIM_APPS.wisepay, DEMO_TENANT_ID, without));
    await expect(noFiles.attachments.list('Invoices', invoiceId)).rejects.toBeInstanceOf(MissingScopeError);
    // The same token still reads the invoice itself.
    expect((await noFiles.invoices.get(invoiceId)).InvoiceID).toBe(invoiceId);
  });

  it('a retried upload whose answer was lost attaches once, under one idempotency key', async () => {
    const invoiceId = org().invoices()[3]!.InvoiceID;
    sim.control.resetLog();
    const keysBefore = org().idempotencyKeyCount();
    // The first answer arrives broken after Xero stored the file: the SDK retries with the same key.
    sim.control.malformedNext({ count: 1, pathPrefix: `/api.xro/2.0/Invoices/${invoiceId}/Attachments` });
    const attached = await client.attachments.upload('Invoices', invoiceId, {
      fileName: 'retry.bin',
      bytes: binaryFile(),
      contentType: 'application/octet-stream',
    });
    const puts = attachmentCalls().filter((e) => e.method === 'PUT');
    expect(puts).toHaveLength(2);
    expect(puts[0]!.idempotencyKey).toBeDefined();
    expect(puts[1]!.idempotencyKey).toBe(puts[0]!.idempotencyKey);
    // The replay was answered from the idempotency store: one key remembered, one file on the invoice.
    expect(org().idempotencyKeyCount()).toBe(keysBefore + 1);
    const listed = await client.attachments.list('Invoices', invoiceId);
    expect(listed.map((a) => a.AttachmentID)).toEqual([attached.AttachmentID]);
  });

  it('every JSON body the simulator sends for attachments matches the official schema; over 10 MB is a 413', async () => {
    const invoiceId = org().invoices()[4]!.InvoiceID;
    const bytes = binaryFile();
    const put = await raw(
      'PUT',
      `/Invoices/${invoiceId}/Attachments/spec.bin`,
      bytes,
      'application/octet-stream',
    );
    expect(put.status).toBe(200);
    expectMatchesSpec('PUT', '/Invoices/{InvoiceID}/Attachments/{FileName}', 200, await put.body.json());
    const post = await raw(
      'POST',
      `/Invoices/${invoiceId}/Attachments/spec2.bin`,
      bytes,
      'application/octet-stream',
    );
    expectMatchesSpec('POST', '/Invoices/{InvoiceID}/Attachments/{FileName}', 200, await post.body.json());
    const list = await raw('GET', `/Invoices/${invoiceId}/Attachments`);
    const listBody = await list.body.json();
    expectMatchesSpec('GET', '/Invoices/{InvoiceID}/Attachments', 200, listBody);
    expect((listBody as { Attachments: unknown[] }).Attachments).toHaveLength(2);

    const tx = org().invoices()[5]!.InvoiceID;
    const note = (
      await client.creditNotes.create([
        {
          Type: 'ACCRECCREDIT',
          Contact: { ContactID: org().contacts()[0]!.ContactID },
          LineAmountTypes: 'NoTax',
          LineItems: [{ Description: 'Refund', Quantity: 1, UnitAmount: 1 }],
        },
      ])
    )[0]!.value!.CreditNoteID as string;
    const notePut = await raw(
      'PUT',
      `/CreditNotes/${note}/Attachments/n.bin`,
      bytes,
      'application/octet-stream',
    );
    expectMatchesSpec(
      'PUT',
      '/CreditNotes/{CreditNoteID}/Attachments/{FileName}',
      200,
      await notePut.body.json(),
    );
    const noteList = await raw('GET', `/CreditNotes/${note}/Attachments`);
    expectMatchesSpec('GET', '/CreditNotes/{CreditNoteID}/Attachments', 200, await noteList.body.json());

    const download = await raw('GET', `/Invoices/${invoiceId}/Attachments/spec.bin`);
    expect(download.type).toBe('application/octet-stream');
    expect(Buffer.from(await download.body.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    const tooBig = await raw(
      'PUT',
      `/Invoices/${tx}/Attachments/huge.bin`,
      new Uint8Array(XERO_ATTACHMENT_MAX_BYTES + 1),
      'application/octet-stream',
    );
    expect(tooBig.status).toBe(413);
    await tooBig.body.arrayBuffer();
    expect(await client.attachments.list('Invoices', tx)).toEqual([]);
  });
});
