import { request } from 'node:http';
import { connect as connectSocket } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, startXeroSimulator, type XeroSimulator } from '../../src/testing/index.js';
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

/** One raw HTTP exchange with the simulator, with full control of Host, Origin and Content-Type. */
function raw(
  sim: XeroSimulator,
  opts: { method?: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  const target = new URL(sim.url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: target.hostname,
        port: Number(target.port),
        method: opts.method ?? 'GET',
        path: opts.path,
        headers: opts.headers ?? {},
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          text += chunk;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

describe('control API over HTTP: CSRF and DNS rebinding', () => {
  let sim: XeroSimulator;
  let port: number;
  let accessToken: string;
  beforeEach(async () => {
    sim = await startXeroSimulator({ controlHttp: true });
    port = sim.port;
    // Connected before any failure is queued: a queued failure also hits the token endpoint.
    accessToken = (await connect(sim)).access_token;
  });
  afterEach(async () => {
    await sim.close();
  });

  /** True when a fail-next slipped through: the next API call answers 500 instead of 200. */
  async function failureWasQueued(): Promise<boolean> {
    const status = (await api(sim, accessToken, '/api.xro/2.0/Organisation', DEMO_TENANT_ID)).status;
    expect([200, 500]).toContain(status);
    return status === 500;
  }

  it.each([
    ['text/plain (a cross-origin simple request)', { 'content-type': 'text/plain' }],
    ['text/plain;charset=UTF-8', { 'content-type': 'text/plain;charset=UTF-8' }],
    ['application/x-www-form-urlencoded', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['multipart/form-data', { 'content-type': 'multipart/form-data; boundary=x' }],
    ['no content type', {}],
    ['application/jsonp (a prefix is not JSON)', { 'content-type': 'application/jsonp' }],
  ])('refuses a POST with %s: 415, nothing done', async (_label, headers) => {
    const res = await raw(sim, {
      method: 'POST',
      path: '/__simulator/fail-next',
      headers,
      body: JSON.stringify({ count: 1, status: 500 }),
    });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.body)).toMatchObject({ error: expect.stringMatching(/application\/json/) });
    expect(await failureWasQueued()).toBe(false);
  });

  it('refuses a body-less POST without the JSON content type (a no-cors fetch could send one)', async () => {
    sim.control.failNext({ count: 1, status: 500 });
    const res = await raw(sim, { method: 'POST', path: '/__simulator/clear-faults' });
    expect(res.status).toBe(415);
    // clear-faults did not run: the queued failure is still there.
    expect(await failureWasQueued()).toBe(true);
  });

  it('accepts application/json with parameters and any case', async () => {
    const res = await raw(sim, {
      method: 'POST',
      path: '/__simulator/fail-next',
      headers: { 'content-type': 'Application/JSON; charset=utf-8' },
      body: JSON.stringify({ count: 1, status: 500 }),
    });
    expect(res.status).toBe(200);
    expect(await failureWasQueued()).toBe(true);
  });

  it.each([
    ['a foreign name on the right port (DNS rebinding)', (p: number) => `attacker.example:${p}`],
    ['a foreign name without a port', () => 'attacker.example'],
    ['a loopback address on another port', () => '127.0.0.1:1'],
    ['localhost without the port', () => 'localhost'],
    ['a name that only starts like localhost', (p: number) => `localhost.attacker.example:${p}`],
    ['a private LAN address', (p: number) => `192.168.1.10:${p}`],
    ['the wildcard address', (p: number) => `0.0.0.0:${p}`],
    ['userinfo smuggling', (p: number) => `127.0.0.1:${p}@attacker.example`],
  ])('refuses a Host of %s: 403 for actions and views', async (_label, host) => {
    const post = await raw(sim, {
      method: 'POST',
      path: '/__simulator/fail-next',
      headers: { host: host(port), 'content-type': 'application/json' },
      body: JSON.stringify({ count: 1, status: 500 }),
    });
    expect(post.status).toBe(403);
    const view = await raw(sim, { path: '/__simulator/apps', headers: { host: host(port) } });
    expect(view.status).toBe(403);
    expect(view.body).not.toContain('wisepay-client');
    expect(await failureWasQueued()).toBe(false);
  });

  it('refuses a request without a Host header (HTTP/1.0): 403', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connectSocket(port, new URL(sim.url).hostname, () => {
        socket.end('GET /__simulator/counters HTTP/1.0\r\n\r\n');
      });
      let text = '';
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => {
        text += chunk;
      });
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.[01] 403 /);
    expect(answer).not.toContain('tokenRequests');
  });

  it.each([
    (p: number) => `127.0.0.1:${p}`,
    (p: number) => `127.9.8.7:${p}`,
    (p: number) => `localhost:${p}`,
    (p: number) => `LOCALHOST:${p}`,
    (p: number) => `[::1]:${p}`,
  ])('accepts the loopback Host %#', async (host) => {
    const res = await raw(sim, { path: '/__simulator/counters', headers: { host: host(port) } });
    expect(res.status).toBe(200);
  });

  it('refuses a request a browser sent from another origin, even with a loopback Host: 403', async () => {
    for (const origin of ['https://attacker.example', 'null', `http://127.0.0.1:${port + 1}`]) {
      const res = await raw(sim, {
        method: 'POST',
        path: '/__simulator/fail-next',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ count: 1, status: 500 }),
      });
      expect(res.status, origin).toBe(403);
    }
    const sameOrigin = await raw(sim, {
      method: 'POST',
      path: '/__simulator/reset-log',
      headers: { origin: `http://localhost:${port}`, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(sameOrigin.status).toBe(200);
    expect(await failureWasQueued()).toBe(false);
  });

  it('leaves the Xero-imitating endpoints open to any Host (container service names), control stays loopback-only', async () => {
    const discovery = await raw(sim, {
      path: '/identity/.well-known/openid-configuration',
      headers: { host: `xero-simulator:${port}` },
    });
    expect(discovery.status).toBe(200);
  });
});
