import { createHash, randomBytes } from 'node:crypto';
import type { XeroSimulator } from '../../src/testing/index.js';

export const REDIRECT_URI = 'http://127.0.0.1:8765/callback';
export const SCOPES =
  'openid profile email offline_access accounting.invoices accounting.payments accounting.contacts accounting.settings';

export interface TokenSet {
  access_token: string;
  refresh_token: string;
  expires_in: number;
  token_type: string;
  scope: string;
  id_token?: string;
}

export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorizeUrl(
  sim: XeroSimulator,
  opts: { clientId?: string; challenge?: string; state?: string; scope?: string; redirectUri?: string } = {},
): string {
  const url = new URL(`${sim.identityUrl}/connect/authorize`);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('client_id', opts.clientId ?? 'wisepay-client');
  url.searchParams.set('redirect_uri', opts.redirectUri ?? REDIRECT_URI);
  url.searchParams.set('scope', opts.scope ?? SCOPES);
  url.searchParams.set('state', opts.state ?? 'state-1');
  if (opts.challenge !== undefined) {
    url.searchParams.set('code_challenge', opts.challenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  return url.toString();
}

export function basic(clientId: string, secret = clientId.replace(/-client$/, '-secret')): string {
  return `Basic ${Buffer.from(`${clientId}:${secret}`).toString('base64')}`;
}

export async function tokenRequest(
  sim: XeroSimulator,
  form: Record<string, string>,
  clientId = 'wisepay-client',
): Promise<Response> {
  return fetch(`${sim.identityUrl}/connect/token`, {
    method: 'POST',
    headers: { authorization: basic(clientId), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });
}

/** Consent + code exchange through the scripted path; returns the token set. */
export async function connect(
  sim: XeroSimulator,
  opts: { clientId?: string; userId?: string; tenantIds?: string[]; scope?: string } = {},
): Promise<TokenSet> {
  const clientId = opts.clientId ?? 'wisepay-client';
  const { verifier, challenge } = pkcePair();
  const redirect = await sim.control.approveConsent(
    authorizeUrl(sim, { clientId, challenge, ...(opts.scope !== undefined ? { scope: opts.scope } : {}) }),
    {
      ...(opts.userId !== undefined ? { userId: opts.userId } : {}),
      ...(opts.tenantIds !== undefined ? { tenantIds: opts.tenantIds } : {}),
    },
  );
  const code = new URL(redirect).searchParams.get('code') ?? '';
  const res = await tokenRequest(
    sim,
    { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI, code_verifier: verifier },
    clientId,
  );
  if (res.status !== 200) throw new Error(`token exchange failed: ${res.status}`);
  return (await res.json()) as TokenSet;
}

export async function refresh(
  sim: XeroSimulator,
  refreshToken: string,
  clientId = 'wisepay-client',
): Promise<Response> {
  return tokenRequest(sim, { grant_type: 'refresh_token', refresh_token: refreshToken }, clientId);
}

export function api(
  sim: XeroSimulator,
  accessToken: string,
  path: string,
  tenantId?: string,
  init: RequestInit = {},
): Promise<Response> {
  const headers: Record<string, string> = {
    authorization: `Bearer ${accessToken}`,
    accept: 'application/json',
  };
  if (tenantId !== undefined) headers['xero-tenant-id'] = tenantId;
  return fetch(`${sim.apiUrl}${path}`, { ...init, headers: { ...headers, ...(init.headers as object) } });
}

export function decodeJwt(token: string): Record<string, unknown> {
  const part = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as Record<string, unknown>;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
