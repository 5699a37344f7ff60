import { inspect } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { XeroUnavailableError } from '../../src/errors/api-errors.js';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { OAuthError } from '../../src/errors/connection-errors.js';
import { silentLogger } from '../../src/logger.js';
import { createIdentityClient } from '../../src/oauth/identity-client.js';
import { mapIdentityError } from '../../src/oauth/identity-errors.js';
import { isLoopbackHost } from '../../src/oauth/loopback.js';
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
    const creds = await connections.credentials('wisepay');
    expect((await connections.refreshAfterRejection('wisepay', creds.accessToken)).accessToken).not.toBe(
      creds.accessToken,
    );
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
});
