import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
import {
  authorizeUrl,
  basic,
  connect,
  decodeJwt,
  pkcePair,
  REDIRECT_URI,
  refresh,
  sleep,
  type TokenSet,
  tokenRequest,
} from './helpers.js';

async function codeFor(sim: XeroSimulator, challenge?: string): Promise<string> {
  const redirect = await sim.control.approveConsent(
    authorizeUrl(sim, challenge === undefined ? {} : { challenge }),
  );
  return new URL(redirect).searchParams.get('code') ?? '';
}

describe('token endpoint: authorization_code', () => {
  let sim: XeroSimulator;
  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.002 });
  });
  afterAll(() => sim.close());

  it('issues Xero-shaped tokens: RS256 JWT access token with Xero claims, id_token, rotation-ready refresh token', async () => {
    const tokens = await connect(sim);
    expect(tokens.token_type).toBe('Bearer');
    expect(tokens.expires_in).toBeCloseTo(1800 * 0.002, 5);
    expect(tokens.scope.split(' ')).toContain('offline_access');
    const [header] = tokens.access_token.split('.');
    expect(JSON.parse(Buffer.from(header ?? '', 'base64url').toString())).toMatchObject({ alg: 'RS256' });
    const claims = decodeJwt(tokens.access_token);
    expect(claims).toMatchObject({
      iss: sim.identityUrl,
      aud: `${sim.identityUrl}/resources`,
      client_id: 'wisepay-client',
      xero_userid: 'user-1',
    });
    expect(claims.authentication_event_id).toBeTypeOf('string');
    expect(claims.scope).toContain('accounting.invoices');
    expect((claims.exp as number) - (claims.nbf as number)).toBeCloseTo(3.6, 3);
    expect(decodeJwt(tokens.id_token ?? '')).toMatchObject({ aud: 'wisepay-client', sub: 'user-1' });
  });

  it('rejects a PKCE verifier that does not match the challenge', async () => {
    const { challenge } = pkcePair();
    const code = await codeFor(sim, challenge);
    const res = await tokenRequest(sim, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: pkcePair().verifier,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('rejects a missing verifier when a challenge was sent', async () => {
    const code = await codeFor(sim, pkcePair().challenge);
    const res = await tokenRequest(sim, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(res.status).toBe(400);
  });

  it('accepts a code once only', async () => {
    const { verifier, challenge } = pkcePair();
    const code = await codeFor(sim, challenge);
    const form = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      code_verifier: verifier,
    };
    expect((await tokenRequest(sim, form)).status).toBe(200);
    const again = await tokenRequest(sim, form);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('requires the same redirect_uri as the authorize request', async () => {
    const code = await codeFor(sim);
    const res = await tokenRequest(sim, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: 'http://127.0.0.1:9999/callback',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('expires codes (5 scaled minutes, at least 1 s real)', async () => {
    const code = await codeFor(sim);
    await sleep(1100);
    const res = await tokenRequest(sim, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers invalid_client (401) to a wrong secret or unknown client, basic or post', async () => {
    const code = await codeFor(sim);
    const form = new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI });
    const wrongBasic = await fetch(`${sim.identityUrl}/connect/token`, {
      method: 'POST',
      headers: { authorization: basic('wisepay-client', 'nope') },
      body: form,
    });
    expect(wrongBasic.status).toBe(401);
    expect(await wrongBasic.json()).toEqual({ error: 'invalid_client' });
    const unknownPost = await fetch(`${sim.identityUrl}/connect/token`, {
      method: 'POST',
      body: new URLSearchParams({ ...Object.fromEntries(form), client_id: 'ghost', client_secret: 'x' }),
    });
    expect(unknownPost.status).toBe(401);
    // The code was not consumed by the failed client authentications.
    const ok = await fetch(`${sim.identityUrl}/connect/token`, {
      method: 'POST',
      body: new URLSearchParams({
        ...Object.fromEntries(form),
        client_id: 'wisepay-client',
        client_secret: 'wisepay-secret',
      }),
    });
    expect(ok.status).toBe(200);
  });

  it('answers unsupported_grant_type', async () => {
    const res = await tokenRequest(sim, { grant_type: 'password' });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: 'unsupported_grant_type' });
  });
});

describe('token endpoint: refresh_token rotation and grace', () => {
  // Grace = 30 min × 0.0003 = 540 ms.
  const scale = 0.0003;
  let fresh: XeroSimulator;
  let same: XeroSimulator;
  beforeAll(async () => {
    [fresh, same] = await Promise.all([
      startXeroSimulator({ timeScale: scale, graceReplay: 'new-pair' }),
      startXeroSimulator({ timeScale: scale, graceReplay: 'same-pair' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([fresh.close(), same.close()]);
  });

  it('rotates: every refresh returns a new refresh token and the new one works', async () => {
    const t0 = await connect(fresh);
    const r1 = (await (await refresh(fresh, t0.refresh_token)).json()) as TokenSet;
    expect(r1.refresh_token).not.toBe(t0.refresh_token);
    expect(r1.id_token).toBeUndefined();
    const r2 = await refresh(fresh, r1.refresh_token);
    expect(r2.status).toBe(200);
    // The authentication event stays that of the consent.
    expect(decodeJwt(r1.access_token).authentication_event_id).toBe(
      decodeJwt(t0.access_token).authentication_event_id,
    );
  });

  it("graceReplay 'new-pair': the previous token inside grace gets another fresh pair", async () => {
    const t0 = await connect(fresh);
    const first = (await (await refresh(fresh, t0.refresh_token)).json()) as TokenSet;
    const replay = await refresh(fresh, t0.refresh_token);
    expect(replay.status).toBe(200);
    const second = (await replay.json()) as TokenSet;
    expect(second.refresh_token).not.toBe(first.refresh_token);
    expect((await refresh(fresh, second.refresh_token)).status).toBe(200);
    expect((await refresh(fresh, first.refresh_token)).status).toBe(200);
  });

  it("graceReplay 'same-pair': the previous token inside grace gets the very same pair again", async () => {
    const t0 = await connect(same);
    const first = (await (await refresh(same, t0.refresh_token)).json()) as TokenSet;
    const replay = (await (await refresh(same, t0.refresh_token)).json()) as TokenSet;
    expect(replay).toEqual(first);
  });

  it('answers invalid_grant to the previous token after the grace period', async () => {
    for (const sim of [fresh, same]) {
      const t0 = await connect(sim);
      const first = await refresh(sim, t0.refresh_token);
      expect(first.status).toBe(200);
      await sleep(30 * 60_000 * scale + 100);
      const late = await refresh(sim, t0.refresh_token);
      expect(late.status).toBe(400);
      expect(await late.json()).toMatchObject({ error: 'invalid_grant' });
    }
  });

  it('answers invalid_grant to an unknown refresh token and to another client’s token', async () => {
    const t0 = await connect(fresh);
    expect((await refresh(fresh, 'not-a-token')).status).toBe(400);
    const stolen = await refresh(fresh, t0.refresh_token, 'company-client');
    expect(stolen.status).toBe(400);
    expect(await stolen.json()).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('token endpoint: refresh tokens expire after 60 days unused', () => {
  it('works right away, then invalid_grant once 60 scaled days passed', async () => {
    // 60 days × 2e-7 ≈ 1.04 s.
    const sim = await startXeroSimulator({ timeScale: 2e-7 });
    try {
      const t0 = await connect(sim);
      const r1 = (await (await refresh(sim, t0.refresh_token)).json()) as TokenSet;
      await sleep(1200);
      const res = await refresh(sim, r1.refresh_token);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: 'invalid_grant' });
    } finally {
      await sim.close();
    }
  });
});

describe('revocation', () => {
  let sim: XeroSimulator;
  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.01 });
  });
  afterAll(() => sim.close());

  it('removes all of the grant’s connections and kills its refresh tokens', async () => {
    const all = sim.control.users().find((u) => u.userId === 'user-1')?.organisations ?? [];
    const tokens = await connect(sim, { tenantIds: all });
    const list = async () =>
      (await (
        await fetch(`${sim.apiUrl}/connections`, {
          headers: { authorization: `Bearer ${tokens.access_token}` },
        })
      ).json()) as unknown[];
    expect(await list()).toHaveLength(3);
    const res = await fetch(`${sim.identityUrl}/connect/revocation`, {
      method: 'POST',
      body: new URLSearchParams({
        token: tokens.refresh_token,
        client_id: 'wisepay-client',
        client_secret: 'wisepay-secret',
      }),
    });
    expect(res.status).toBe(200);
    expect(await list()).toEqual([]);
    expect((await refresh(sim, tokens.refresh_token)).status).toBe(400);
    // A new consent starts again.
    const again = await connect(sim);
    expect((await refresh(sim, again.refresh_token)).status).toBe(200);
  });

  it('requires client authentication', async () => {
    const res = await fetch(`${sim.identityUrl}/connect/revocation`, {
      method: 'POST',
      body: new URLSearchParams({ token: 'x', client_id: 'wisepay-client', client_secret: 'wrong' }),
    });
    expect(res.status).toBe(401);
  });
});
