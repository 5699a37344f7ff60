import * as client from 'openid-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import { REDIRECT_URI, SCOPES } from './helpers.js';

describe('openid-client v6 against the simulator', () => {
  let sim: XeroSimulator;
  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.01 });
  });
  afterAll(() => sim.close());

  for (const auth of ['client_secret_basic', 'client_secret_post'] as const) {
    it(`discovers, runs the code grant with PKCE + state + nonce (signature checked) and refreshes (${auth})`, async () => {
      const config = await client.discovery(
        new URL(sim.identityUrl),
        'wisepay-client',
        undefined,
        auth === 'client_secret_basic'
          ? client.ClientSecretBasic('wisepay-secret')
          : client.ClientSecretPost('wisepay-secret'),
        { execute: [client.allowInsecureRequests] },
      );
      client.enableNonRepudiationChecks(config);
      expect(config.serverMetadata().issuer).toBe(sim.identityUrl);

      const verifier = client.randomPKCECodeVerifier();
      const state = client.randomState();
      const nonce = client.randomNonce();
      const authUrl = client.buildAuthorizationUrl(config, {
        redirect_uri: REDIRECT_URI,
        scope: SCOPES,
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: 'S256',
        state,
        nonce,
      });
      const callback = await sim.control.approveConsent(authUrl.href, { tenantIds: [DEMO_TENANT_ID] });

      const tokens = await client.authorizationCodeGrant(config, new URL(callback), {
        pkceCodeVerifier: verifier,
        expectedState: state,
        expectedNonce: nonce,
      });
      const claims = tokens.claims();
      expect(claims?.nonce).toBe(nonce);
      expect(claims?.sub).toBe('user-1');
      expect(claims?.email).toBe('owner@example.com');
      expect(tokens.refresh_token).toBeTypeOf('string');

      const refreshed = await client.refreshTokenGrant(config, tokens.refresh_token as string);
      expect(refreshed.access_token).not.toBe(tokens.access_token);
      expect(refreshed.refresh_token).not.toBe(tokens.refresh_token);

      const info = await client.fetchUserInfo(config, refreshed.access_token, claims?.sub as string);
      expect(info.xero_userid).toBe('user-1');

      await client.tokenRevocation(config, refreshed.refresh_token as string);
      const res = await fetch(`${sim.apiUrl}/connections`, {
        headers: { authorization: `Bearer ${refreshed.access_token}` },
      });
      expect(await res.json()).toEqual([]);
    });
  }

  it('rejects a tampered id_token signature when non-repudiation checks are on', async () => {
    const config = await client.discovery(
      new URL(sim.identityUrl),
      'wisepay-client',
      'wisepay-secret',
      undefined,
      {
        execute: [client.allowInsecureRequests],
      },
    );
    client.enableNonRepudiationChecks(config);
    const verifier = client.randomPKCECodeVerifier();
    const authUrl = client.buildAuthorizationUrl(config, {
      redirect_uri: REDIRECT_URI,
      scope: SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      state: 's',
    });
    const callback = await sim.control.approveConsent(authUrl.href);
    // A client that trusts another issuer's keys must fail: point the JWKS at a different simulator.
    const other = await startXeroSimulator();
    try {
      const meta = (await (
        await fetch(`${sim.identityUrl}/.well-known/openid-configuration`)
      ).json()) as client.ServerMetadata;
      const forged = new client.Configuration(
        { ...meta, jwks_uri: `${other.identityUrl}/.well-known/openid-configuration/jwks` },
        'wisepay-client',
        'wisepay-secret',
      );
      client.allowInsecureRequests(forged);
      client.enableNonRepudiationChecks(forged);
      await expect(
        client.authorizationCodeGrant(forged, new URL(callback), {
          pkceCodeVerifier: verifier,
          expectedState: 's',
        }),
      ).rejects.toThrow(/signature|key/i);
    } finally {
      await other.close();
    }
  });
});
