import type { Exchange, SimContext } from '../context.js';
import { sendJson } from '../http/respond.js';
import { ALL_SCOPES } from '../seed.js';

/**
 * Discovery is also served at the server root (the identity server lives under `/identity`), with the
 * same document: an OpenID client must still discover from identityUrl, which is the issuer.
 */
export const ROOT_DISCOVERY_PATH = '/.well-known/openid-configuration';

/** The OpenID discovery document. `issuer` equals identityUrl exactly (openid-client insists). */
export function discoveryDocument(ctx: SimContext): Record<string, unknown> {
  const issuer = ctx.urls.identityUrl;
  return {
    issuer,
    authorization_endpoint: `${issuer}/connect/authorize`,
    token_endpoint: `${issuer}/connect/token`,
    userinfo_endpoint: `${issuer}/connect/userinfo`,
    revocation_endpoint: `${issuer}/connect/revocation`,
    jwks_uri: `${issuer}/.well-known/openid-configuration/jwks`,
    scopes_supported: [...ALL_SCOPES],
    claims_supported: [
      'sub',
      'xero_userid',
      'email',
      'given_name',
      'family_name',
      'name',
      'global_session_id',
      'nonce',
    ],
    grant_types_supported: ['authorization_code', 'refresh_token'],
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    subject_types_supported: ['public'],
    id_token_signing_alg_values_supported: ['RS256'],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    revocation_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post'],
    request_parameter_supported: false,
  };
}

export function handleDiscovery(ctx: SimContext, ex: Exchange): void {
  ex.meta.endpoint = 'discovery';
  sendJson(ex.res, 200, discoveryDocument(ctx));
}

export function handleJwks(ctx: SimContext, ex: Exchange): void {
  ex.meta.endpoint = 'jwks';
  sendJson(ex.res, 200, { keys: [ctx.keys.publicJwk] });
}
