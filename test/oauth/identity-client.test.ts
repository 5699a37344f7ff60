import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { XeroUnavailableError } from '../../src/errors/api-errors.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { AuthorizationCallbackError, OAuthError } from '../../src/errors/connection-errors.js';
import { silentLogger } from '../../src/logger.js';
import { isLoopbackHost } from '../../src/loopback.js';
import { createIdentityClient } from '../../src/oauth/identity-client.js';
import { mapIdentityError } from '../../src/oauth/identity-errors.js';
import { connectRole, type Harness, simApp, startHarness } from './support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('identity client', () => {
  it('allows plain http only with the flag and only on a loopback host', () => {
    const make = (identityUrl: string, flag?: boolean) =>
      createIdentityClient({ identityUrl, dangerouslyAllowInsecureLoopback: flag, logger: silentLogger });
    expect(() => make('http://127.0.0.1:9/identity')).toThrow(/dangerouslyAllowInsecureLoopback/);
    expect(() => make('http://identity.example.com', true)).toThrow(/only on a loopback host/);
    expect(() => make('http://10.0.0.1', true)).toThrow(ConfigurationError);
    expect(() => make('ftp://127.0.0.1', true)).toThrow(/must use https/);
    expect(() => make('not a url')).toThrow(ConfigurationError);
    expect(make('http://127.0.0.1:9/identity', true).issuer).toBe('http://127.0.0.1:9/identity');
    expect(make('http://[::1]:9', true).issuer).toBe('http://[::1]:9/');
    expect(make('https://identity.xero.com').issuer).toBe('https://identity.xero.com/');
    expect(createIdentityClient({ logger: silentLogger }).issuer).toBe('https://identity.xero.com/');
  });

  it('recognises loopback hosts', () => {
    for (const host of ['127.0.0.1', '127.1.2.3', 'localhost', 'api.localhost', '[::1]', '::1']) {
      expect(isLoopbackHost(host), host).toBe(true);
    }
    for (const host of [
      '10.0.0.1',
      'example.com',
      '127.0.0.1.example.com',
      '0.0.0.0',
      'localhost.example.com',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false);
    }
  });

  it('connects with client_secret_post as well as client_secret_basic', async () => {
    h = await startHarness();
    const post = simApp('wisepay', { clientAuthMethod: 'client_secret_post' });
    const { connections } = h.make({
      appsByRole: { wisepay: post, company: simApp('company'), service: simApp('service') },
    });
    expect(await connectRole(h, connections, 'wisepay')).toMatchObject({ status: 'connected' });
    const creds = await connections.connection('wisepay').credentials();
    expect(
      (await connections.connection('wisepay').refreshAfterRejection(creds.accessToken)).accessToken,
    ).not.toBe(creds.accessToken);
  });

  it('maps identity failures to typed errors: invalid_grant, invalid_client, outage, 5xx, unreachable', async () => {
    h = await startHarness();
    const app = simApp('wisepay');
    const refused = await h.witness.rejection(h.identity.refresh(app, 'not-a-real-refresh-token-value'));
    expect(refused).toBeInstanceOf(OAuthError);
    expect((refused as OAuthError).oauthError).toBe('invalid_grant');

    const wrongSecret = await h.witness.rejection(
      h.identity.refresh(simApp('company', { clientSecret: 'a-wrong-client-secret' }), 'whatever-token'),
    );
    expect(wrongSecret).toBeInstanceOf(OAuthError);
    expect((wrongSecret as OAuthError).oauthError).toBe('invalid_client');
    h.witness.secrets.add('a-wrong-client-secret');

    h.sim.control.failNext({ count: 1, status: 500, pathPrefix: '/identity/connect/token' });
    const failed = await h.witness.rejection(h.identity.refresh(app, 'whatever-token'));
    expect(failed).toBeInstanceOf(XeroUnavailableError);

    h.sim.control.outage({ identity: true, durationMs: 300 });
    const outage = await h.witness.rejection(h.identity.refresh(app, 'whatever-token'));
    expect(outage).toBeInstanceOf(XeroUnavailableError);
    expect((outage as XeroUnavailableError).status).toBe(503);

    // Discovery failing (nothing listening) is transient too, and is retried on the next call.
    const nowhere = createIdentityClient({
      identityUrl: 'http://127.0.0.1:9/identity',
      dangerouslyAllowInsecureLoopback: true,
      timeoutMs: 2000,
      logger: silentLogger,
    });
    const unreachable = await h.witness.rejection(nowhere.refresh(app, 'whatever-token'));
    expect(unreachable).toBeInstanceOf(XeroUnavailableError);
    expect((unreachable as Error).message).toMatch(/could not be reached during the discovery/);
  });

  it('maps timeouts and garbled answers to transient errors, keeping no raw body', () => {
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(mapIdentityError(timeout, { operation: 'token refresh', clientId: 'c' })).toBeInstanceOf(
      XeroUnavailableError,
    );
    const garbled = Object.assign(new Error('parsing error occured'), { code: 'OAUTH_PARSE_ERROR' });
    expect(mapIdentityError(garbled, { operation: 'token refresh', clientId: 'c' })).toBeInstanceOf(
      XeroUnavailableError,
    );
    // A response missing fields carries the body (with tokens) as its cause: it must not survive.
    const secret = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl';
    const invalid = Object.assign(new Error('"response" body "token_type" property must be a string'), {
      code: 'OAUTH_INVALID_RESPONSE',
      cause: { body: { access_token: secret, refresh_token: 'rt-secret-value-123' } },
    });
    const mapped = mapIdentityError(invalid, { operation: 'token refresh', clientId: 'c' });
    expect(mapped).toBeInstanceOf(OAuthError);
    const text = `${mapped.message} ${JSON.stringify(mapped)} ${inspect(mapped, { depth: 8 })}`;
    expect(text).not.toContain(secret);
    expect(text).not.toContain('rt-secret-value-123');
    // An OAuth error body at 5xx is an outage, not a refusal.
    const fiveHundred = Object.assign(new Error('server responded with an error in the response body'), {
      name: 'ResponseBodyError',
      error: 'temporarily_unavailable',
      status: 503,
    });
    expect(mapIdentityError(fiveHundred, { operation: 'x', clientId: 'c' })).toBeInstanceOf(
      XeroUnavailableError,
    );
  });

  it("strips control characters from the provider's error and error_description and bounds them", async () => {
    // A stand-in identity server on loopback whose token endpoint answers a hostile OAuth error body.
    const forged = '\r\n2030-01-01 INFO refresh ok account=victim\u001b[2K\u001b[1A\u0085\u2028\u202e';
    const server = await identityServerAnswering(400, {
      error: `invalid_grant${forged}`,
      error_description: `bad grant${forged}${'x'.repeat(5000)}`,
    });
    try {
      const identity = createIdentityClient({
        identityUrl: server.url,
        dangerouslyAllowInsecureLoopback: true,
        timeoutMs: 5000,
        logger: silentLogger,
      });
      const refused = (await identity.refresh(simApp('wisepay'), 'whatever-token').then(
        () => undefined,
        (error: unknown) => error,
      )) as OAuthError;
      expect(refused).toBeInstanceOf(OAuthError);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
      const control = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e]/;
      expect(control.test(refused.message)).toBe(false);
      expect(control.test(refused.oauthError ?? '')).toBe(false);
      // Serialised and inspected forms carry no forged line or escape sequence either.
      expect(JSON.stringify(refused)).not.toMatch(/\\[rn]|\\u001b|\\u0085/);
      // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
      expect(inspect(refused)).not.toMatch(/[\r\u001b\u0085\u2028\u202e]|\n2030/);
      expect(refused.message).toContain('invalid_grant');
      expect(refused.message).toContain('bad grant');
      expect(refused.message.length).toBeLessThan(600);
      expect(refused.oauthError?.length).toBeLessThanOrEqual(64);

      // At 5xx the error code enters an outage message instead (openid-client's ResponseBodyError).
      const fiveHundred = Object.assign(new Error('server responded with an error in the response body'), {
        name: 'ResponseBodyError',
        error: `temporarily_unavailable${forged}`,
        status: 500,
      });
      const outage = mapIdentityError(fiveHundred, { operation: 'token refresh', clientId: 'c' });
      expect(outage).toBeInstanceOf(XeroUnavailableError);
      expect(control.test(outage.message), outage.message).toBe(false);
      expect(outage.message).toContain('temporarily_unavailable');
    } finally {
      await server.close();
    }
  });
});

describe('provider error text in an authorization callback', () => {
  it('keeps the error code, drops control characters and bounds the description', async () => {
    h = await startHarness();
    const { connections } = h.make();
    const begun = await connections.beginConnect('wisepay');
    const error = await h.witness.rejection(
      connections.completeConnect({
        error: 'server_error\r\nFAKE LOG LINE',
        error_description: `boom\u001b[31m\r\n2030-01-01 INFO all good\u2028${'y'.repeat(5000)}`,
        state: begun.state,
      }),
    );
    expect(error).toBeInstanceOf(AuthorizationCallbackError);
    const { message } = error as AuthorizationCallbackError;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: asserting their absence.
    expect(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(message)).toBe(false);
    expect(message).toContain(
      'authorization code: server_error FAKE LOG LINE (boom [31m 2030-01-01 INFO all good',
    );
    expect(message.length).toBeLessThan(600);
  });
});

/** A minimal OpenID provider on 127.0.0.1: discovery, and a token endpoint that answers `status` + `body`. */
async function identityServerAnswering(
  status: number,
  body: Record<string, string>,
): Promise<{ url: string; close(): Promise<void> }> {
  let issuer = '';
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const json = (code: number, value: unknown) => {
        res.writeHead(code, { 'content-type': 'application/json' });
        res.end(JSON.stringify(value));
      };
      if (req.url === '/identity/.well-known/openid-configuration') {
        return json(200, {
          issuer,
          authorization_endpoint: `${issuer}/connect/authorize`,
          token_endpoint: `${issuer}/connect/token`,
          jwks_uri: `${issuer}/.well-known/openid-configuration/jwks`,
          response_types_supported: ['code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
        });
      }
      if (req.url === '/identity/connect/token') return json(status, body);
      json(404, {});
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}/identity`;
  return {
    url: issuer,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
