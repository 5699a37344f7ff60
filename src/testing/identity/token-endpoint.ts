import type { Exchange, SimContext } from '../context.js';
import { readForm } from '../http/read-body.js';
import { sendJson } from '../http/respond.js';
import type { TokenResponseBody } from '../state/refresh-tokens.js';
import { authenticateClient } from './client-auth.js';
import { verifyS256 } from './pkce.js';
import { issueTokenResponse } from './token-issuer.js';

const IDENTITY_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);

const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' };

type Outcome =
  | { ok: true; body: TokenResponseBody }
  | { ok: false; status: number; error: string; description?: string };

const invalidGrant = (description: string): Outcome => ({
  ok: false,
  status: 400,
  error: 'invalid_grant',
  description,
});

/**
 * POST /connect/token: authorization_code (PKCE S256), refresh_token (rotation with grace) and
 * client_credentials (custom connections only).
 */
export async function handleToken(ctx: SimContext, ex: Exchange): Promise<void> {
  ex.meta.endpoint = 'token';
  const form = await readForm(ex.req);
  const grantType = form.get('grant_type') ?? undefined;
  if (grantType !== undefined) ex.meta.grantType = grantType;
  const outcome = await exchange(ctx, ex, form, grantType);
  if (!outcome.ok) {
    const body: Record<string, string> = { error: outcome.error };
    if (outcome.description !== undefined) body.error_description = outcome.description;
    const headers: Record<string, string> =
      outcome.status === 401 ? { ...NO_STORE, 'www-authenticate': 'Basic realm="xero-simulator"' } : NO_STORE;
    sendJson(ex.res, outcome.status, body, headers);
    return;
  }
  // The work is done server-side (codes consumed, tokens rotated); only the reply goes missing.
  if (ctx.faults.takeLostTokenResponse()) {
    ex.meta.responseLost = true;
    ex.res.statusCode = 200;
    ex.req.socket.destroy();
    return;
  }
  sendJson(ex.res, 200, outcome.body, NO_STORE);
}

async function exchange(
  ctx: SimContext,
  ex: Exchange,
  form: URLSearchParams,
  grantType: string | undefined,
): Promise<Outcome> {
  const auth = authenticateClient(ctx.world, ex.req, form);
  if (!auth.ok) return { ok: false, status: 401, error: 'invalid_client' };
  const app = auth.app;
  ex.meta.clientId = app.clientId;
  const now = Date.now();

  if (grantType === 'authorization_code') {
    const value = form.get('code');
    const code = value === null ? undefined : ctx.codes.consume(value);
    if (code === undefined) return invalidGrant('unknown or already used code');
    if (code.clientId !== app.clientId) return invalidGrant('code was issued to another client');
    if (code.expiresAt <= now) return invalidGrant('code expired');
    if (form.get('redirect_uri') !== code.redirectUri) return invalidGrant('redirect_uri does not match');
    if (code.codeChallenge !== undefined && !verifyS256(form.get('code_verifier'), code.codeChallenge)) {
      return invalidGrant('PKCE verification failed');
    }
    const grant = ctx.grants.get(code.clientId, code.userId);
    const body = await issueTokenResponse(
      ctx,
      code,
      { idToken: true, nonce: code.nonce, generation: grant?.generation ?? 0 },
      now,
    );
    return { ok: true, body };
  }

  if (grantType === 'refresh_token') {
    const value = form.get('refresh_token');
    const record = value === null ? undefined : ctx.refreshTokens.get(value);
    if (record === undefined || record.clientId !== app.clientId)
      return invalidGrant('unknown refresh token');
    if (record.expiresAt <= now) return invalidGrant('refresh token expired');
    const grant = ctx.grants.get(record.clientId, record.userId);
    if (grant === undefined || grant.generation !== record.generation)
      return invalidGrant('refresh token revoked');
    if (record.rotatedAt !== undefined) {
      if (!ctx.refreshTokens.inGrace(record, now)) return invalidGrant('refresh token already used');
      if (ctx.options.graceReplay === 'same-pair' && record.firstResponse !== undefined) {
        return { ok: true, body: record.firstResponse };
      }
    }
    const body = await issueTokenResponse(
      ctx,
      record,
      { idToken: false, nonce: undefined, generation: record.generation },
      now,
    );
    if (record.rotatedAt === undefined) {
      record.rotatedAt = now;
      record.firstResponse = body;
    }
    return { ok: true, body };
  }

  if (grantType === 'client_credentials') return clientCredentials(ctx, app.clientId, app.scopes, form, now);
  return { ok: false, status: 400, error: 'unsupported_grant_type' };
}

/**
 * A custom connection's token: for its one organisation, with the scopes it was authorised for (narrowed
 * to `scope` when one is asked for), no refresh token and no id token. Refused for an app that is no
 * custom connection, and for one that was disconnected or is unpaid.
 */
async function clientCredentials(
  ctx: SimContext,
  clientId: string,
  appScopes: readonly string[],
  form: URLSearchParams,
  now: number,
): Promise<Outcome> {
  const custom = ctx.grants.customConnection(clientId);
  if (custom === undefined) {
    return { ok: false, status: 400, error: 'unauthorized_client', description: 'not a custom connection' };
  }
  const connected = ctx.grants
    .connections(clientId, custom.userId)
    .find((c) => c.tenantId === custom.tenantId);
  if (connected === undefined || custom.status === 'unpaid') {
    const description =
      connected === undefined ? 'custom connection is not connected' : 'custom connection is not paid for';
    return custom.refusal === 'invalid_client'
      ? { ok: false, status: 401, error: 'invalid_client', description }
      : { ok: false, status: 400, error: 'unauthorized_client', description };
  }
  // Identity scopes mean nothing without a user signing in; offline_access would bring a refresh token.
  const granted = appScopes.filter((s) => !IDENTITY_SCOPES.has(s));
  const asked = (form.get('scope') ?? '').split(' ').filter(Boolean);
  const unknown = asked.find((s) => !granted.includes(s));
  if (unknown !== undefined) return { ok: false, status: 400, error: 'invalid_scope' };
  const scopes = asked.length > 0 ? asked : granted;
  const body = await issueTokenResponse(
    ctx,
    { clientId, userId: custom.userId, scopes, authEventId: connected.authEventId },
    { idToken: false, nonce: undefined, generation: 0 },
    now,
  );
  return { ok: true, body };
}
