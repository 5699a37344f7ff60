import { describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, startXeroSimulator } from '../../src/testing/index.js';
import { api, authorizeUrl, connect, pkcePair, REDIRECT_URI, tokenRequest } from './helpers.js';

describe('control API over HTTP', () => {
  it('is off by default: every /__simulator path is a 404', async () => {
    const sim = await startXeroSimulator();
    try {
      expect((await fetch(`${sim.url}/__simulator/counters`)).status).toBe(404);
      const post = await fetch(`${sim.url}/__simulator/fail-next`, { method: 'POST', body: '{}' });
      expect(post.status).toBe(404);
      // Nothing was queued.
      const tokens = await connect(sim);
      expect((await api(sim, tokens.access_token, '/connections')).status).toBe(200);
    } finally {
      await sim.close();
    }
  });

  it('when enabled, drives the same control as in process', async () => {
    const sim = await startXeroSimulator({ controlHttp: true, timeScale: 0.01 });
    const post = (name: string, body: unknown = {}) =>
      fetch(`${sim.url}/__simulator/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    try {
      const { verifier, challenge } = pkcePair();
      const consent = await post('approve-consent', {
        authorizationUrl: authorizeUrl(sim, { challenge }),
        userId: 'user-1',
        tenantIds: [DEMO_TENANT_ID],
      });
      expect(consent.status).toBe(200);
      const { redirectUrl } = (await consent.json()) as { redirectUrl: string };
      const code = new URL(redirectUrl).searchParams.get('code') ?? '';
      const tokenRes = await tokenRequest(sim, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        code_verifier: verifier,
      });
      const tokens = (await tokenRes.json()) as { access_token: string };

      expect((await post('fail-next', { count: 1, status: 500 })).status).toBe(200);
      expect((await api(sim, tokens.access_token, '/api.xro/2.0/Organisation', DEMO_TENANT_ID)).status).toBe(
        500,
      );

      const counters = (await (await fetch(`${sim.url}/__simulator/counters`)).json()) as {
        tokenRequests: number;
      };
      expect(counters.tokenRequests).toBe(1);
      const apps = (await (await fetch(`${sim.url}/__simulator/apps`)).json()) as Array<
        Record<string, unknown>
      >;
      expect(apps.map((a) => a.clientId)).toContain('wisepay-client');
      expect(JSON.stringify(apps)).not.toContain('secret');

      const bad = await post('spend-budget', { clientId: 'ghost', tenantId: DEMO_TENANT_ID, calls: 1 });
      expect(bad.status).toBe(400);
      expect(await bad.json()).toMatchObject({ error: 'ERR_INVALID_ARGUMENT' });
      expect((await post('no-such-action')).status).toBe(404);
      // Control traffic is not part of the request log.
      expect(sim.control.requestLog().some((e) => e.path.startsWith('/__simulator'))).toBe(false);
    } finally {
      await sim.close();
    }
  });
});
