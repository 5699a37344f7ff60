import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  ConfigurationError,
  DayLimitExceededError,
  isXeroConnectionsError,
  RateLimitError,
  XeroConnectionsError,
  XeroUnavailableError,
} from '../../src/errors/index.js';
import { redact, redactValue } from '../../src/errors/redact.js';

const JWT =
  'eyJhbGciOiJSUzI1NiJ9.eyJ4ZXJvX3VzZXJpZCI6InVzZXItMSIsImNsaWVudF9pZCI6IndwIn0.c2lnbmF0dXJlLXBhcnQtaGVyZQ';
const REFRESH = 'rt_0123456789abcdef0123456789abcdef';

describe('XeroConnectionsError', () => {
  it('names role, tenant, method and path in the message and keeps a stable code', () => {
    const err = new XeroUnavailableError('Xero is not available', {
      accountId: 'acme',
      role: 'company',
      tenantId: 't-1',
      method: 'get',
      path: '/api.xro/2.0/Invoices?page=2',
      status: 503,
    });
    expect(err.code).toBe('ERR_XERO_UNAVAILABLE');
    expect(err.message).toBe(
      'Xero is not available (account=acme, role=company, tenant=t-1, GET /api.xro/2.0/Invoices, HTTP 503)',
    );
    expect(err.path).toBe('/api.xro/2.0/Invoices');
    expect(err.name).toBe('XeroUnavailableError');
  });

  it('scrubs tokens from messages, causes, JSON and util.inspect', () => {
    const axiosLike = Object.assign(new Error(`Request failed: Authorization: Bearer ${JWT}`), {
      code: 'ECONNRESET',
      config: { headers: { Authorization: `Bearer ${JWT}` }, data: `refresh_token=${REFRESH}` },
    });
    const err = new XeroUnavailableError(`refresh failed for refresh_token=${REFRESH}`, { cause: axiosLike });
    const outputs = [err.message, JSON.stringify(err), inspect(err, { depth: 10 }), String(err.stack)];
    for (const text of outputs) {
      expect(text).not.toContain(JWT);
      expect(text).not.toContain(REFRESH);
    }
    expect((err.cause as Error & { code?: string }).code).toBe('ECONNRESET');
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({
      code: 'ERR_XERO_UNAVAILABLE',
      cause: { name: 'Error' },
    });
  });

  it('type guard works across module copies through a global symbol brand', () => {
    const err = new ConfigurationError('bad', [{ path: 'apps', message: 'required' }]);
    expect(isXeroConnectionsError(err)).toBe(true);
    const foreign = Object.assign(new Error('x'), { [Symbol.for('@wise-pay/xero-connections/error')]: true });
    expect(isXeroConnectionsError(foreign)).toBe(true);
    expect(isXeroConnectionsError(new Error('plain'))).toBe(false);
    expect(isXeroConnectionsError(null)).toBe(false);
  });

  it('day limit is a rate-limit error with its own code, problem and retryAfter', () => {
    const err = new DayLimitExceededError('day spent', { retryAfterMs: 1500, role: 'service' });
    expect(err).toBeInstanceOf(RateLimitError);
    expect(err).toBeInstanceOf(XeroConnectionsError);
    expect(err.code).toBe('ERR_DAY_LIMIT');
    expect(err.problem).toBe('day');
    expect(JSON.parse(JSON.stringify(err))).toMatchObject({
      problem: 'day',
      retryAfterMs: 1500,
      role: 'service',
    });
  });
});

describe('redaction', () => {
  it('scrubs bearer headers, JWTs and token fields in strings', () => {
    const text = redact(
      `Authorization: Bearer abc.def-ghi {"refresh_token":"${REFRESH}"} client_secret=shh&code=xyz ${JWT}`,
    );
    expect(text).not.toContain('abc.def-ghi');
    expect(text).not.toContain(REFRESH);
    expect(text).not.toContain('shh');
    expect(text).not.toContain('xyz');
    expect(text).not.toContain(JWT);
  });

  it('replaces values under secret keys at any depth', () => {
    const out = redactValue({ a: { accessToken: 'A', nested: [{ refresh_token: 'R', keep: 'ok' }] } });
    expect(out).toEqual({
      a: { accessToken: '[redacted]', nested: [{ refresh_token: '[redacted]', keep: 'ok' }] },
    });
  });
});
