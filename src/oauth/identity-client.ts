import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import * as oidc from 'openid-client';
import { ConfigurationError } from '../errors/configuration-error.js';
import type { Logger } from '../logger.js';
import { isLoopbackHost } from '../loopback.js';
import type { ResolvedApp } from '../options.js';
import { readAccessTokenClaims } from './access-token-claims.js';
import { type IdentityErrorContext, mapIdentityError } from './identity-errors.js';
import type { TokenSet } from './token-set.js';

export const DEFAULT_IDENTITY_URL = 'https://identity.xero.com';

export interface IdentityClientOptions {
  /** OpenID issuer. @default 'https://identity.xero.com' */
  identityUrl?: string | undefined;
  /** Allows a plain-http issuer, only on a loopback host (the simulator). @default false */
  dangerouslyAllowInsecureLoopback?: boolean | undefined;
  /** Per-request timeout, in real ms. @default 30000 */
  timeoutMs?: number | undefined;
  logger: Logger;
}

export interface AuthorizationRequest {
  state: string;
  /** Omitted when the app's scopes do not include `openid`. */
  nonce: string | undefined;
  codeChallenge: string;
  loginHint?: string | undefined;
}

export interface CodeExchangeChecks {
  state: string;
  nonce: string | undefined;
  codeVerifier: string;
  /** The redirect URI the authorization was begun with (sent again to the token endpoint). */
  redirectUri: string;
}

export interface IdentityRequestOptions {
  /** Aborts the request; it then fails like a timeout (XeroUnavailableError). */
  signal?: AbortSignal | undefined;
}

/** Context added to error messages (never secrets). */
export interface IdentityCallContext {
  accountId?: string | undefined;
  role?: IdentityErrorContext['role'];
}

/**
 * Xero Identity through openid-client: discovery (cached per issuer and client, lazily), authorization
 * URLs, code exchange, refresh, revocation and client credentials. Every failure is a typed error
 * (OAuthError, or XeroUnavailableError when transient).
 */
export interface IdentityClient {
  readonly issuer: string;
  authorizationUrl(app: ResolvedApp, request: AuthorizationRequest): Promise<URL>;
  /** `callback` holds the authorization response parameters (`code`, `state`, `iss`…). */
  exchangeCode(
    app: ResolvedApp,
    callback: URLSearchParams,
    checks: CodeExchangeChecks,
    ctx?: IdentityCallContext,
  ): Promise<TokenSet>;
  /**
   * `options.signal` ends the request (and a discovery it waits for) early, as a transient
   * XeroUnavailableError: the refresher uses it to finish within its refresh lock's ttl.
   */
  refresh(
    app: ResolvedApp,
    refreshToken: string,
    ctx?: IdentityCallContext,
    options?: IdentityRequestOptions,
  ): Promise<TokenSet>;
  /** Revokes a refresh token: Xero then removes ALL of that user's connections to the app. */
  revoke(app: ResolvedApp, refreshToken: string, ctx?: IdentityCallContext): Promise<void>;
  /**
   * Custom Connections: a token for the one organisation the app is bound to; no refresh token. The
   * app's scopes are asked for when it lists any (else Xero grants those the connection was authorised
   * for). `options.signal` ends it early, like `refresh`.
   */
  clientCredentials(
    app: ResolvedApp,
    ctx?: IdentityCallContext,
    options?: IdentityRequestOptions,
  ): Promise<TokenSet>;
  /** Forgets cached discovery documents. */
  close(): void;
}

export function createIdentityClient(options: IdentityClientOptions): IdentityClient {
  const issuer = parseIssuer(
    options.identityUrl ?? DEFAULT_IDENTITY_URL,
    options.dangerouslyAllowInsecureLoopback,
  );
  const insecure = issuer.protocol === 'http:';
  const timeoutSeconds = (options.timeoutMs ?? 30_000) / 1000;
  const configs = new Map<string, Promise<oidc.Configuration>>();
  const logger = options.logger;
  // The signal of the request being made: openid-client has no per-request signal, so its fetch hook
  // picks it up from the async context of the call (per client: no module-level state).
  const requestSignal = new AsyncLocalStorage<AbortSignal>();
  const fetchWithRequestSignal: oidc.CustomFetch = (url, init) => {
    const extra = requestSignal.getStore();
    const signal =
      extra === undefined
        ? init.signal
        : init.signal === undefined
          ? extra
          : AbortSignal.any([init.signal, extra]);
    return fetch(url, { ...init, signal } as RequestInit);
  };
  const useRequestSignal = (c: oidc.Configuration) => {
    c[oidc.customFetch] = fetchWithRequestSignal;
  };

  function configFor(app: ResolvedApp, ctx: IdentityCallContext): Promise<oidc.Configuration> {
    // The secret's hash is part of the key so a rotated client secret gets a fresh configuration.
    const secretHash = createHash('sha256').update(app.clientSecret).digest('hex').slice(0, 16);
    const key = `${app.clientId}\n${app.clientAuthMethod}\n${secretHash}`;
    let config = configs.get(key);
    if (config === undefined) {
      const auth =
        app.clientAuthMethod === 'client_secret_post'
          ? oidc.ClientSecretPost(app.clientSecret)
          : oidc.ClientSecretBasic(app.clientSecret);
      const execute: Array<(c: oidc.Configuration) => void> = [
        oidc.enableNonRepudiationChecks,
        useRequestSignal,
      ];
      if (insecure) execute.unshift(oidc.allowInsecureRequests);
      config = oidc
        .discovery(issuer, app.clientId, { client_secret: app.clientSecret }, auth, {
          execute,
          timeout: timeoutSeconds,
        })
        .catch((error: unknown) => {
          configs.delete(key); // a failed discovery is retried on the next call
          throw mapIdentityError(error, { operation: 'discovery', clientId: app.clientId, ...ctx });
        });
      configs.set(key, config);
    }
    return config;
  }

  async function call<T>(
    app: ResolvedApp,
    operation: string,
    ctx: IdentityCallContext,
    fn: (config: oidc.Configuration) => Promise<T>,
    signal?: AbortSignal,
  ): Promise<T> {
    const config = await untilAborted(configFor(app, ctx), signal, () =>
      mapIdentityError(signal?.reason, { operation: 'discovery', clientId: app.clientId, ...ctx }),
    );
    try {
      if (signal?.aborted) throw signal.reason;
      return await (signal === undefined ? fn(config) : requestSignal.run(signal, () => fn(config)));
    } catch (error) {
      const mapped = mapIdentityError(error, { operation, clientId: app.clientId, ...ctx });
      logger.debug('xero identity request failed', {
        operation,
        clientId: app.clientId,
        accountId: ctx.accountId,
        role: ctx.role,
        code: mapped.code,
        error: mapped.message,
      });
      throw mapped;
    }
  }

  return {
    issuer: issuer.href,

    async authorizationUrl(app, request) {
      const config = await configFor(app, {});
      const params: Record<string, string> = {
        redirect_uri: app.redirectUri,
        scope: app.scopes.join(' '),
        response_type: 'code',
        state: request.state,
        code_challenge: request.codeChallenge,
        code_challenge_method: 'S256',
      };
      if (request.nonce !== undefined) params.nonce = request.nonce;
      if (request.loginHint !== undefined) params.login_hint = request.loginHint;
      return oidc.buildAuthorizationUrl(config, params);
    },

    exchangeCode(app, callback, checks, ctx = {}) {
      return call(app, 'authorization code exchange', ctx, async (config) => {
        // The token endpoint must get the redirect URI exactly as the authorization request sent it.
        const currentUrl = new URL(checks.redirectUri);
        currentUrl.search = callback.toString();
        const response = await oidc.authorizationCodeGrant(config, currentUrl, {
          expectedState: checks.state,
          pkceCodeVerifier: checks.codeVerifier,
          ...(checks.nonce === undefined ? {} : { expectedNonce: checks.nonce }),
        });
        return toTokenSet(response);
      });
    },

    refresh(app, refreshToken, ctx = {}, requestOptions = {}) {
      return call(
        app,
        'token refresh',
        ctx,
        async (config) => toTokenSet(await oidc.refreshTokenGrant(config, refreshToken)),
        requestOptions.signal,
      );
    },

    revoke(app, refreshToken, ctx = {}) {
      return call(app, 'token revocation', ctx, (config) =>
        oidc.tokenRevocation(config, refreshToken, { token_type_hint: 'refresh_token' }),
      );
    },

    clientCredentials(app, ctx = {}, requestOptions = {}) {
      const parameters: Record<string, string> = app.scopes.length > 0 ? { scope: app.scopes.join(' ') } : {};
      return call(
        app,
        'client credentials grant',
        ctx,
        async (config) => toTokenSet(await oidc.clientCredentialsGrant(config, parameters)),
        requestOptions.signal,
      );
    },

    close() {
      configs.clear();
    },
  };
}

/** `promise`, or `onAbort()` as a rejection once `signal` fires (the promise itself is left to settle). */
function untilAborted<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  onAbort: () => Error,
): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(onAbort());
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(onAbort());
    signal.addEventListener('abort', abort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(error);
      },
    );
  });
}

/** Validates the issuer URL: https, or http only on loopback and only when explicitly allowed. */
function parseIssuer(identityUrl: string, allowInsecureLoopback: boolean | undefined): URL {
  let url: URL;
  try {
    url = new URL(identityUrl);
  } catch {
    throw new ConfigurationError(`Invalid xero.identityUrl: not a URL`, [
      { path: 'xero.identityUrl', message: 'must be an absolute URL, e.g. https://identity.xero.com' },
    ]);
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && allowInsecureLoopback === true && isLoopbackHost(url.hostname)) return url;
  const message =
    url.protocol !== 'http:'
      ? 'must use https'
      : allowInsecureLoopback === true
        ? `plain http is allowed only on a loopback host (127.0.0.1, ::1, localhost), not ${url.hostname}`
        : 'plain http needs xero.dangerouslyAllowInsecureLoopback: true (and a loopback host)';
  throw new ConfigurationError(`Invalid xero.identityUrl: ${message}`, [
    { path: 'xero.identityUrl', message },
  ]);
}

function toTokenSet(response: oidc.TokenEndpointResponse): TokenSet {
  const now = Date.now();
  const fromExpiresIn =
    typeof response.expires_in === 'number' ? now + response.expires_in * 1000 : undefined;
  const fromClaim = readAccessTokenClaims(response.access_token).expiresAt;
  // Trust whichever is sooner, so a token is never used past either bound.
  const candidates = [fromExpiresIn, fromClaim].filter((v): v is number => v !== undefined);
  const expiresAt = candidates.length > 0 ? Math.min(...candidates) : now + 30 * 60_000;
  return {
    accessToken: response.access_token,
    refreshToken: response.refresh_token,
    expiresAt,
    scopes: typeof response.scope === 'string' ? response.scope.split(' ').filter(Boolean) : undefined,
  };
}
