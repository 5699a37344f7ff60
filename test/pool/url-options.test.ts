import { describe, expect, it } from 'vitest';
import { ConfigurationError } from '../../src/errors/configuration-error.js';
import { XeroConnections } from '../../src/host.js';
import type { XeroConnectionsOptions } from '../../src/options.js';
import { seededAppOptions, simulatorHostOptions } from '../../src/testing/index.js';

// Bearer tokens travel to `apiUrl`; codes travel to `redirectUri`. Issue 9, finding 4: both must be https,
// or plain http only on a loopback host (127.0.0.0/8, localhost, [::1]) — the simulator's case.

const app = seededAppOptions('https://pay.example.com/xero/callback').wisepay;

function refusal(options: XeroConnectionsOptions): ConfigurationError {
  let host: XeroConnections | undefined;
  try {
    host = new XeroConnections(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  } finally {
    void host?.close();
  }
  throw new Error(`expected a ConfigurationError for ${JSON.stringify(options.xero ?? options.apps)}`);
}

function accepts(options: XeroConnectionsOptions): void {
  const host = new XeroConnections(options);
  void host.close();
}

describe('xero.apiUrl: https, or http on loopback with dangerouslyAllowInsecureLoopback', () => {
  it.each([
    ['http://api.example.com', /https/],
    ['ftp://x', /https/],
    ['ws://api.example.com', /https/],
    ['http://api.example.com', /loopback/, true],
    ['http://10.0.0.1:8080', /loopback/, true],
    ['http://127.0.0.1.nip.io', /loopback/, true],
    ['https://user:pass@api.example.com', /credentials/],
    ['not a url', /URL/],
  ] as const)('refuses %s', (apiUrl, why, allow?: boolean) => {
    const e = refusal({
      apps: { wisepay: app },
      xero: { apiUrl, ...(allow === true ? { dangerouslyAllowInsecureLoopback: true } : {}) },
    });
    expect(e.issues.map((i) => i.path)).toEqual(['xero.apiUrl']);
    expect(e.issues[0]?.message).toMatch(why);
    expect(e.message).toContain('xero.apiUrl');
  });

  it('refuses plain http on loopback without the explicit flag, naming the flag', () => {
    const e = refusal({ apps: { wisepay: app }, xero: { apiUrl: 'http://127.0.0.1:4000' } });
    expect(e.issues.map((i) => i.path)).toEqual(['xero.apiUrl']);
    expect(e.message).toMatch(/dangerouslyAllowInsecureLoopback/);
  });

  it.each([
    'https://api.xero.com',
    'http://127.0.0.1:4000',
    'http://127.8.9.10',
    'http://localhost:4000/base',
    'http://[::1]:4000',
  ])('accepts %s (loopback http only with the flag)', (apiUrl) => {
    accepts({ apps: { wisepay: app }, xero: { apiUrl, dangerouslyAllowInsecureLoopback: true } });
  });

  it('identityUrl follows the same rule, and is checked with the other options', () => {
    const e = refusal({
      apps: { wisepay: app },
      xero: { identityUrl: 'http://identity.example.com', apiUrl: 'ftp://x' },
    });
    expect(e.issues.map((i) => i.path).sort()).toEqual(['xero.apiUrl', 'xero.identityUrl']);
  });
});

describe('apps.*.redirectUri: https, or http on loopback', () => {
  it.each([
    ['javascript:alert(1)', /https/],
    ['data:text/html,<script>alert(1)</script>', /https/],
    ['http://evil.example/cb', /loopback/],
    ['ftp://pay.example.com/cb', /https/],
    ['file:///etc/passwd', /https/],
    ['https://pay.example.com/cb#frag', /fragment/],
    ['https://user:pw@pay.example.com/cb', /credentials/],
    ['not a url', /URL/],
  ])('refuses %s', (redirectUri, why) => {
    const e = refusal({ apps: { wisepay: { ...app, redirectUri } } });
    expect(e.issues.map((i) => i.path)).toEqual(['apps.wisepay.redirectUri']);
    expect(e.issues[0]?.message).toMatch(why);
    expect(e.message).toContain('apps.wisepay.redirectUri');
  });

  it.each([
    'https://pay.example.com/xero/callback',
    'http://127.0.0.1/callback',
    'http://localhost:3000/callback',
    'http://[::1]:3000/callback',
  ])('accepts %s (loopback http needs no flag: Xero allows it for local development)', (redirectUri) => {
    accepts({ apps: { wisepay: { ...app, redirectUri } } });
  });
});

describe('simulator host options', () => {
  const sim = {
    identityUrl: 'http://127.0.0.1:1/identity',
    apiUrl: 'http://127.0.0.1:1',
    options: { timeScale: 0.01 },
  } as Parameters<typeof simulatorHostOptions>[0];

  it('refuse an unsafe redirect URI up front, naming it', () => {
    for (const redirectUri of ['javascript:alert(1)', 'http://evil.example/cb']) {
      expect(() => simulatorHostOptions(sim, { redirectUri })).toThrow(ConfigurationError);
      expect(() => simulatorHostOptions(sim, { redirectUri })).toThrow(/redirectUri/);
      expect(() => seededAppOptions(redirectUri)).toThrow(/redirectUri/);
    }
  });

  it('are accepted by the host as they are', () => {
    accepts(simulatorHostOptions(sim, { redirectUri: 'http://localhost:5173/cb' }));
  });
});
