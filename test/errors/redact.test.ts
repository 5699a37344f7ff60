import { describe, expect, it } from 'vitest';
import { OAuthError } from '../../src/errors/index.js';
import { redact, redactValue } from '../../src/errors/redact.js';

const JWT =
  'eyJhbGciOiJSUzI1NiJ9.eyJ4ZXJvX3VzZXJpZCI6InVzZXItMSIsImNsaWVudF9pZCI6IndwIn0.c2lnbmF0dXJlLXBhcnQtaGVyZQ';
const CODE = 'p3Qx9vLk2mN8rT4wY7zB1cF5hJ0sD6gA';
const REFRESH = 'f8a1c2d3e4b5a6978899aabbccddeeff00112233445566778899aabbccddeeff';

/** Every error code of RFC 6749 §4.1.2.1 / §5.2, RFC 6750 §3.1 and OpenID Connect Core §3.1.2.6. */
const OAUTH_ERROR_CODES = [
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'invalid_scope',
  'access_denied',
  'unsupported_response_type',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
  'interaction_required',
  'login_required',
  'account_selection_required',
  'consent_required',
  'invalid_request_uri',
  'invalid_request_object',
  'request_not_supported',
  'request_uri_not_supported',
  'registration_not_supported',
];

describe('redact: OAuth error codes are not secrets', () => {
  it.each(OAUTH_ERROR_CODES)(
    'keeps %s after "authorization code:", "code=", "error_code" and "token:"',
    (code) => {
      for (const text of [
        `Xero returned an error instead of an authorization code: ${code} (boom)`,
        `code=${code}`,
        `error_code=${code}`,
        `{"code":"${code}"}`,
        `token: ${code}`,
      ]) {
        expect(redact(text), text).toContain(code);
        expect(redact(text), text).not.toContain('[redacted]');
      }
    },
  );

  it('keeps the code in an OAuthError message (the base class redacts every message)', () => {
    const error = new OAuthError(`Xero returned an error instead of an authorization code: server_error`, {
      oauthError: 'server_error',
    });
    expect(error.message).toContain('authorization code: server_error');
    expect(JSON.stringify(error)).toContain('server_error');
  });

  it("leaves an example's placeholder alone", () => {
    expect(redact("clientSecret: '…', code=...")).toBe("clientSecret: '…', code=...");
  });

  it('does not treat words that merely end in "code" as a key', () => {
    expect(redact('statusCode: 500, errorCode: 42, unicode: yes, promocode=SAVE10')).toBe(
      'statusCode: 500, errorCode: 42, unicode: yes, promocode=SAVE10',
    );
  });
});

describe('redact: real secrets are still scrubbed', () => {
  it.each([
    [`authorization code: ${CODE}`, CODE],
    [`code=${CODE}&state=s1`, CODE],
    [`?code=${CODE}`, CODE],
    [`{"code":"${CODE}"}`, CODE],
    [`authCode=${CODE}`, CODE],
    [`authorization_code: ${CODE}`, CODE],
    [`{"refresh_token":"${REFRESH}"}`, REFRESH],
    [`refreshToken=${REFRESH}`, REFRESH],
    [`previous_refresh_token: ${REFRESH}`, REFRESH],
    [`accessToken: ${REFRESH}`, REFRESH],
    [`token=${REFRESH}`, REFRESH],
    [`client_secret=${REFRESH}`, REFRESH],
    [`clientSecret: "${REFRESH}"`, REFRESH],
    [`code_verifier=${REFRESH}`, REFRESH],
    [`password: ${REFRESH}`, REFRESH],
    [`Authorization: Bearer ${REFRESH}`, REFRESH],
    [`authorization: Basic ${Buffer.from(`id:${REFRESH}`).toString('base64')}`, 'OmY4YTFj'],
    [`id_token ${JWT}`, JWT],
  ])('scrubs %s', (text, secret) => {
    expect(redact(text)).not.toContain(secret);
  });

  it('scrubs a secret that happens to contain an error code', () => {
    expect(redact('code=server_error_but_longer_abc123')).not.toContain('abc123');
    expect(redact('token=xinvalid_grant')).not.toContain('xinvalid_grant');
  });

  it('redactValue keeps error codes under non-secret keys and drops values under secret keys', () => {
    expect(redactValue({ error: 'server_error', token: 'server_error', note: `code=${CODE}` })).toEqual({
      error: 'server_error',
      token: '[redacted]',
      note: 'code=[redacted]',
    });
  });
});
