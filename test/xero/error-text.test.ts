import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { XeroApiError, XeroUnavailableError, XeroValidationError } from '../../src/errors/api-errors.js';
import type { XeroConnectionsError } from '../../src/errors/xero-connections-error.js';
import { classifyResponse } from '../../src/xero/error-mapping.js';

/** CR/LF forging a log line, ANSI escapes (erase line, cursor up), NEL (C1), a line separator, RTL override. */
const FORGED = '\r\n2030-01-01T00:00:00Z INFO payment ok\u001b[2K\u001b[1A\u0085\u2028\u202e';
// biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

const ctx = { accountId: 'acme', role: 'company' as const, method: 'GET', path: '/api.xro/2.0/Invoices' };

function classify(status: number, body: unknown): XeroConnectionsError {
  const outcome = classifyResponse(
    {
      status,
      headers: { 'content-type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    ctx,
    {},
  );
  if (!('error' in outcome)) throw new Error(`expected an error outcome, got ${outcome.kind}`);
  return outcome.error;
}

/** Every string a logger or a caller could print from the error. */
function texts(error: XeroConnectionsError): string[] {
  const out = [error.message];
  if (error instanceof XeroApiError && error.detail !== undefined) out.push(error.detail);
  if (error instanceof XeroValidationError) {
    out.push(error.xeroMessage ?? '', ...error.elements.flatMap((e) => e.messages));
  }
  return out;
}

describe("Xero's error text in SDK errors: no control characters, bounded", () => {
  it('403 Detail other than AuthenticationUnsuccessful (message and detail field)', () => {
    const error = classify(403, {
      Title: 'Forbidden',
      Status: 403,
      Detail: `Nope${FORGED}${'d'.repeat(20_000)}`,
    });
    expect(error).toBeInstanceOf(XeroApiError);
    for (const text of texts(error)) expect(CONTROL.test(text)).toBe(false);
    expect(error.message).toContain('Nope 2030-01-01T00:00:00Z INFO payment ok');
    expect((error as XeroApiError).detail?.length).toBeLessThanOrEqual(1000);
    expect(error.message.length).toBeLessThan(400);
  });

  it('400 ValidationException: Message, element messages and the xeroMessage field', () => {
    const error = classify(400, {
      ErrorNumber: 10,
      Type: 'ValidationException',
      Message: `A validation exception occurred${FORGED}`,
      Elements: [{ ValidationErrors: [{ Message: `Contact is required${FORGED}${'m'.repeat(20_000)}` }] }],
    });
    expect(error).toBeInstanceOf(XeroValidationError);
    for (const text of texts(error)) expect(CONTROL.test(text)).toBe(false);
    const validation = error as XeroValidationError;
    expect(validation.xeroMessage).toContain('A validation exception occurred 2030');
    expect(validation.elements[0]?.messages[0]).toMatch(/^Contact is required 2030/);
    expect(validation.elements[0]?.messages[0]?.length).toBeLessThanOrEqual(500);
    expect(error.message.length).toBeLessThan(1200);
    const serialized = `${JSON.stringify(error)} ${inspect(error, { depth: Infinity })}`;
    expect(serialized).not.toContain('\u001b');
    expect(serialized).not.toContain('\\u001b');
    expect(serialized).not.toContain('\\r\\n2030');
  });

  it('400 with a plain Message, 404 plain text and 5xx Detail', () => {
    const badRequest = classify(400, { Message: `Bad${FORGED}` });
    const notFound = classify(404, `The resource was not found${FORGED}`);
    const unavailable = classify(500, { Title: 'Error', Status: 500, Detail: `Broken${FORGED}` });
    expect(badRequest).toBeInstanceOf(XeroApiError);
    expect(notFound).toBeInstanceOf(XeroApiError);
    expect(unavailable).toBeInstanceOf(XeroUnavailableError);
    for (const error of [badRequest, notFound, unavailable]) {
      for (const text of texts(error)) expect(CONTROL.test(text), text).toBe(false);
    }
    expect(unavailable.message).toContain('Broken 2030-01-01T00:00:00Z INFO payment ok');
  });

  it('still scrubs a token Xero echoed, even one split by a control character', () => {
    const error = classify(403, { Detail: 'refused the header Bearer\u001babc.def-secret-token' });
    expect(error.message).not.toContain('abc.def-secret-token');
    expect((error as XeroApiError).detail).not.toContain('abc.def-secret-token');
  });
});
