import type { RegisteredApp, World } from '../world.js';
import { isRegisteredRedirectUri } from './redirect-uri.js';

/** A validated authorization request. */
export interface AuthorizeRequest {
  app: RegisteredApp;
  redirectUri: string;
  state: string | undefined;
  nonce: string | undefined;
  scopes: string[];
  codeChallenge: string | undefined;
}

export type AuthorizeParse =
  | { ok: true; request: AuthorizeRequest }
  /** The client or redirect URI cannot be trusted: show an error page, never redirect. */
  | { ok: false; kind: 'page'; message: string }
  /** A valid client with a bad request: redirect back with an OAuth error. */
  | { ok: false; kind: 'redirect'; message: string; redirectUrl: string };

/** Names of the simulator's own fields on the consent form, which are not part of the OAuth request. */
export const CONSENT_FORM_FIELDS = new Set(['sim_user', 'tenant', 'decision']);

export function parseAuthorizeRequest(world: World, params: URLSearchParams): AuthorizeParse {
  const clientId = params.get('client_id');
  if (!clientId) return { ok: false, kind: 'page', message: 'client_id is missing' };
  const app = world.apps.get(clientId);
  if (app === undefined) return { ok: false, kind: 'page', message: `unknown client_id "${clientId}"` };
  const redirectUri = params.get('redirect_uri');
  if (!redirectUri) return { ok: false, kind: 'page', message: 'redirect_uri is missing' };
  if (!isRegisteredRedirectUri(app.redirectUris, redirectUri)) {
    return {
      ok: false,
      kind: 'page',
      message: `redirect_uri "${redirectUri}" is not registered for ${clientId}`,
    };
  }
  const state = params.get('state') ?? undefined;
  const fail = (error: string, description: string): AuthorizeParse => ({
    ok: false,
    kind: 'redirect',
    message: `${error}: ${description}`,
    redirectUrl: errorRedirect(redirectUri, error, description, state),
  });
  if (params.get('response_type') !== 'code') {
    return fail('unsupported_response_type', 'response_type must be "code"');
  }
  const scopes = (params.get('scope') ?? '').split(' ').filter(Boolean);
  if (scopes.length === 0) return fail('invalid_scope', 'scope is missing');
  const unknown = scopes.filter((s) => !app.scopes.includes(s));
  if (unknown.length > 0)
    return fail('invalid_scope', `scope not allowed for this app: ${unknown.join(' ')}`);
  const codeChallenge = params.get('code_challenge') ?? undefined;
  const method = params.get('code_challenge_method');
  if (codeChallenge !== undefined) {
    if (method !== 'S256') return fail('invalid_request', 'code_challenge_method must be S256');
    if (!/^[A-Za-z0-9_-]{43}$/.test(codeChallenge))
      return fail('invalid_request', 'code_challenge is malformed');
  } else if (method !== null) {
    return fail('invalid_request', 'code_challenge_method without code_challenge');
  }
  return {
    ok: true,
    request: {
      app,
      redirectUri,
      state,
      nonce: params.get('nonce') ?? undefined,
      scopes: [...new Set(scopes)],
      codeChallenge,
    },
  };
}

export function errorRedirect(
  redirectUri: string,
  error: string,
  description: string | undefined,
  state: string | undefined,
): string {
  const url = new URL(redirectUri);
  url.searchParams.set('error', error);
  if (description !== undefined) url.searchParams.set('error_description', description);
  if (state !== undefined) url.searchParams.set('state', state);
  return url.toString();
}
