import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO_TENANT_ID,
  NEW_COMPANY_TENANT_ID,
  OTHER_TENANT_ID,
  startXeroSimulator,
  type XeroSimulator,
} from '../../src/testing/index.js';
import { api, authorizeUrl, pkcePair, REDIRECT_URI, type TokenSet, tokenRequest } from './helpers.js';

/** Reads the hidden fields of the consent form, as a browser would submit them. */
function hiddenFields(html: string): Array<[string, string]> {
  const decode = (v: string) =>
    v
      .replaceAll('&quot;', '"')
      .replaceAll('&#39;', "'")
      .replaceAll('&lt;', '<')
      .replaceAll('&gt;', '>')
      .replaceAll('&amp;', '&');
  return [...html.matchAll(/<input type="hidden" name="([^"]*)" value="([^"]*)">/g)].map((m) => [
    decode(m[1] ?? ''),
    decode(m[2] ?? ''),
  ]);
}

describe('consent page', () => {
  let sim: XeroSimulator;
  beforeAll(async () => {
    sim = await startXeroSimulator({ timeScale: 0.01 });
  });
  afterAll(() => sim.close());

  it('renders the app, the scopes and the user’s organisations as a form', async () => {
    const res = await fetch(authorizeUrl(sim, { state: 'a"b<c' }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await res.text();
    expect(html).toContain('Wise-Pay wants to access your Xero data');
    expect(html).toContain('Demo Company (AU)');
    expect(html).toContain('New Company Ltd');
    expect(html).toContain('Other Org Pty');
    expect(html).toContain('<form method="post"');
    expect(html).toContain('Allow access');
    expect(html).toContain('Cancel');
    expect(html).toContain('accounting.invoices');
    // Escaped, not injected.
    expect(html).not.toContain('a"b<c');
    expect(hiddenFields(html)).toContainEqual(['state', 'a"b<c']);
  });

  it('posting the form with Allow access redirects with a code that exchanges for tokens', async () => {
    const { verifier, challenge } = pkcePair();
    const html = await (await fetch(authorizeUrl(sim, { challenge, state: 'xyz' }))).text();
    const form = new URLSearchParams(hiddenFields(html));
    form.append('tenant', DEMO_TENANT_ID);
    form.append('tenant', OTHER_TENANT_ID);
    form.set('decision', 'allow');
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1] ?? '';
    const res = await fetch(action, { method: 'POST', body: form, redirect: 'manual' });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URI);
    expect(location.searchParams.get('state')).toBe('xyz');
    const code = location.searchParams.get('code') ?? '';
    const tokens = (await (
      await tokenRequest(sim, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: REDIRECT_URI,
        code_verifier: verifier,
      })
    ).json()) as TokenSet;
    const connections = (await (await api(sim, tokens.access_token, '/connections')).json()) as Array<{
      tenantId: string;
    }>;
    expect(connections.map((c) => c.tenantId).sort()).toEqual([DEMO_TENANT_ID, OTHER_TENANT_ID].sort());
  });

  it('Cancel redirects with access_denied and the state', async () => {
    const html = await (await fetch(authorizeUrl(sim, { state: 's1' }))).text();
    const form = new URLSearchParams(hiddenFields(html));
    form.set('decision', 'cancel');
    const res = await fetch(`${sim.identityUrl}/connect/authorize`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    const location = new URL(res.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('s1');
    expect(location.searchParams.get('code')).toBeNull();
  });

  it('lets you sign in as another user, who sees only their organisations', async () => {
    const url = new URL(authorizeUrl(sim));
    url.searchParams.set('sim_user', 'user-2');
    const html = await (await fetch(url)).text();
    expect(html).toContain('Demo Company (AU)');
    expect(html).not.toContain('New Company Ltd');
    const form = new URLSearchParams(hiddenFields(html));
    form.append('tenant', NEW_COMPANY_TENANT_ID);
    form.set('decision', 'allow');
    const res = await fetch(`${sim.identityUrl}/connect/authorize`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('may not authorise');
  });

  it('shows an error page (no redirect) for an unknown client or an unregistered redirect_uri', async () => {
    const unknown = await fetch(authorizeUrl(sim, { clientId: 'ghost' }), { redirect: 'manual' });
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('unknown client_id');
    const foreign = await fetch(authorizeUrl(sim, { redirectUri: 'https://evil.example/cb' }), {
      redirect: 'manual',
    });
    expect(foreign.status).toBe(400);
  });

  it('redirects back with invalid_scope for a scope the app may not request', async () => {
    const res = await fetch(authorizeUrl(sim, { scope: 'openid accounting.everything' }), {
      redirect: 'manual',
    });
    expect(res.status).toBe(302);
    expect(new URL(res.headers.get('location') ?? '').searchParams.get('error')).toBe('invalid_scope');
  });

  it('accepts any port on a registered loopback redirect URI', async () => {
    const res = await fetch(authorizeUrl(sim, { redirectUri: 'http://localhost:41234/callback' }));
    expect(res.status).toBe(200);
  });
});
