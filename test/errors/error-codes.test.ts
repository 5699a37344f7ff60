import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import * as errors from '../../src/errors/index.js';
import {
  ConfigurationError,
  DayLimitExceededError,
  ErrorCodes,
  InvalidArgumentError,
  isXeroConnectionsError,
  isXeroError,
  RateLimitError,
  XeroConnectionsError,
} from '../../src/errors/index.js';

const JWT =
  'eyJhbGciOiJSUzI1NiJ9.eyJ4ZXJvX3VzZXJpZCI6InVzZXItMSIsImNsaWVudF9pZCI6IndwIn0.c2lnbmF0dXJlLXBhcnQtaGVyZQ';
const SECRETS = {
  accessToken: JWT,
  refreshToken: 'rt_0123456789abcdef0123456789abcdef',
  clientSecret: 'cs_topsecret_0123456789',
  codeVerifier: 'cv_verifier_0123456789abcdefghijklmnop',
  nonce: 'nonce_0123456789abcdefgh',
  encryptionKey: 'a2V5LWtleS1rZXkta2V5LWtleS1rZXkta2V5LWtleS0=',
};

/** One instance of every error class the SDK exports, each with a cause that carries every secret. */
function everyError(): XeroConnectionsError[] {
  // What an HTTP client's error looks like: the request config holds the Authorization header and a form body.
  const cause = Object.assign(new Error(`request failed: Bearer ${SECRETS.accessToken}`), {
    code: 'ECONNRESET',
    config: {
      headers: { Authorization: `Bearer ${SECRETS.accessToken}` },
      data: `grant_type=refresh_token&refresh_token=${SECRETS.refreshToken}&client_secret=${SECRETS.clientSecret}`,
    },
    pending: { codeVerifier: SECRETS.codeVerifier, nonce: SECRETS.nonce },
    key: SECRETS.encryptionKey,
  });
  const ctx = { cause, accountId: 'acct-1', role: 'wisepay' as const, method: 'GET', path: '/Invoices?x=1' };
  const made: XeroConnectionsError[] = [
    new errors.ConfigurationError('bad options', [{ path: 'apps', message: 'required' }]),
    new errors.InvalidArgumentError('bad argument', [{ path: 'x', message: 'y' }], ctx),
    new errors.RateLimitError('limited', { ...ctx, problem: 'minute', retryAfterMs: 1000 }),
    new errors.DayLimitExceededError('day', { ...ctx, retryAfterMs: 1000 }),
    new errors.TokenExpiredError('expired', ctx),
    new errors.TenantNotAuthorisedError('403', ctx),
    new errors.MissingScopeError('scope', ctx),
    new errors.XeroValidationError('400', { ...ctx, elements: [{ index: 0, messages: ['m'] }] }),
    new errors.XeroUnavailableError('503', ctx),
    new errors.XeroApiError('404', { ...ctx, detail: 'nope' }),
    new errors.DeadlineExceededError('deadline', ctx),
    new errors.TimeoutError('timeout', ctx),
    new errors.AbortedError('aborted', ctx),
    new errors.NotConnectedError('not connected', ctx),
    new errors.ConnectionBrokenError('broken', { ...ctx, reason: 'invalid_grant' }),
    new errors.OAuthError('oauth', { ...ctx, oauthError: 'invalid_client' }),
    new errors.AuthorizationCallbackError('callback', { ...ctx, failure: 'unknown_state' }),
    new errors.TenantMismatchError('mismatch', { ...ctx, expectedTenantId: 't1', actualTenantIds: ['t2'] }),
    new errors.StoreError('store', ctx),
    new errors.StoreConflictError('conflict', ctx),
    new errors.CoordinationUnavailableError('redis', ctx),
    new errors.ClosedError('closed', ctx),
  ];
  return made;
}

describe('ErrorCodes and isXeroError', () => {
  it('has one constant per code, and every exported error class uses one of them', () => {
    const values = Object.values(ErrorCodes);
    expect(new Set(values).size).toBe(values.length);
    const made = everyError();
    // Every exported error class is in the list above (so the scan below covers them all).
    const classes = Object.values(errors).filter(
      (v): v is typeof XeroConnectionsError =>
        typeof v === 'function' && v.prototype instanceof XeroConnectionsError,
    );
    for (const cls of classes)
      expect(
        made.some((e) => e.constructor === cls),
        cls.name,
      ).toBe(true);
    // Every code is produced by some class.
    expect(new Set(made.map((e) => e.code))).toEqual(new Set(values));
  });

  it('narrows by code, and works across module copies through the brand', () => {
    const day = new DayLimitExceededError('day', { retryAfterMs: 60_000 });
    expect(isXeroError(day)).toBe(true);
    expect(isXeroError(day, 'ERR_DAY_LIMIT')).toBe(true);
    expect(isXeroError(day, ErrorCodes.RATE_LIMITED)).toBe(false); // a day limit has its own code
    expect(isXeroError(new RateLimitError('m', { problem: 'minute' }), 'ERR_RATE_LIMITED')).toBe(true);
    if (isXeroError(day, 'ERR_DAY_LIMIT')) expect(day.retryAt).toBeInstanceOf(Date);
    // Another copy of the SDK: a different class, the same global brand.
    const foreign = Object.assign(new Error('x'), { code: 'ERR_DAY_LIMIT' });
    Object.defineProperty(foreign, Symbol.for('@wise-pay/xero-connections/error'), { value: true });
    expect(isXeroError(foreign, 'ERR_DAY_LIMIT')).toBe(true);
    expect(isXeroConnectionsError(foreign)).toBe(true);
    for (const other of [new Error('plain'), { code: 'ERR_DAY_LIMIT' }, null, undefined, 'ERR_DAY_LIMIT']) {
      expect(isXeroError(other)).toBe(false);
      expect(isXeroError(other, 'ERR_DAY_LIMIT')).toBe(false);
    }
  });

  it('refuses an unknown code (a typo would otherwise make every check quietly false)', () => {
    expect(() => isXeroError(new ConfigurationError('x'), 'ERR_DAY_LIMITS' as never)).toThrow(
      InvalidArgumentError,
    );
  });
});

describe('no error class shows a secret, however it is printed', () => {
  it('util.inspect with showHidden and depth Infinity, JSON, message and stack', () => {
    for (const error of everyError()) {
      const dumps = [
        inspect(error, { depth: Infinity, showHidden: true }),
        inspect(error, { depth: Infinity, showHidden: true, getters: true }),
        JSON.stringify(error),
        error.message,
        String(error.stack),
      ];
      for (const dump of dumps) {
        for (const [kind, secret] of Object.entries(SECRETS)) {
          expect(dump.includes(secret), `${error.name} shows the ${kind}: ${dump.slice(0, 300)}`).toBe(false);
        }
      }
    }
  });
});
