// Internal barrel of the OAuth lifecycle; the pool wires these. Public types live in the contract file.

export type * from '../contracts/account-connections.js';
export { isLoopbackHost } from '../loopback.js';
export { type AccessTokenClaims, readAccessTokenClaims } from './access-token-claims.js';
export { type AccountConnectionsDeps, createAccountConnections } from './account-connections.js';
export { isTransientError, isUnauthorized } from './account-context.js';
export { brokenMessage } from './broken-message.js';
export {
  type AuthorizationRequest,
  type CodeExchangeChecks,
  createIdentityClient,
  DEFAULT_IDENTITY_URL,
  type IdentityCallContext,
  type IdentityClient,
  type IdentityClientOptions,
} from './identity-client.js';
export { isInvalidGrant, isTransientIdentityError, mapIdentityError } from './identity-errors.js';
export { DEFAULT_OAUTH_SETTINGS, type OAuthSettings } from './oauth-settings.js';
export type { TokenSet } from './token-set.js';
