import { z } from 'zod';
import type { XeroBackend } from './contracts/backend.js';
import { ConfigurationError } from './errors/configuration-error.js';
import type { LimitsEngine, XeroLimits } from './limits/limits-engine.js';
import type { Logger } from './logger.js';
import { isLoopbackHost } from './loopback.js';
import { ROLES, type Role } from './roles.js';
import type { PendingAuthorizationStore } from './stores/pending-authorization-store.js';
import type { RefreshLock, TokenStore } from './stores/token-store.js';

/** Xero's documented limits for a standard app. */
export const DEFAULT_LIMITS: Readonly<XeroLimits> = {
  concurrent: 5,
  perMinute: 60,
  perDay: 5000,
  appPerMinute: 10_000,
};

/** Calls a minute kept for interactive wisepay calls when several roles share one (app, tenant) bucket. */
export const DEFAULT_INTERACTIVE_RESERVE = 10;

/** The Starter tier's day limit. */
export const STARTER_DAY_LIMIT = 1000;

/** Default scopes: OpenID + refresh tokens + granular accounting scopes (mandatory for apps made after 2 March 2026). */
export const DEFAULT_SCOPES: readonly string[] = [
  'openid',
  'profile',
  'email',
  'offline_access',
  'accounting.invoices',
  'accounting.payments',
  'accounting.contacts',
  'accounting.settings.read',
];

/** One Xero app (OAuth client) registered at developer.xero.com. */
export interface XeroAppOptions {
  /** The app's client id (developer.xero.com → My Apps → Configuration). */
  clientId: string;
  /** The app's client secret. Never appears in an error, a log line or a serialized error. */
  clientSecret: string;
  /**
   * Must be registered on the app. https, or plain http only on a loopback host (127.0.0.0/8, localhost,
   * [::1]) for local development; no fragment, no embedded credentials.
   */
  redirectUri: string;
  /**
   * @default DEFAULT_SCOPES. Must include `offline_access` (without it Xero issues no refresh token). A
   * custom connection: none by default (Xero grants those it was authorised for), and never
   * `offline_access` or `openid`.
   */
  scopes?: string[];
  /** The app's Xero pricing tier; Starter apps get 1,000 calls a day per organisation. @default 'standard' */
  tier?: 'starter' | 'standard';
  /** Override any of Xero's limits for this app (e.g. to leave headroom for another integration). */
  limits?: Partial<XeroLimits>;
  /** @default 'client_secret_basic' (both work with Xero) */
  clientAuthMethod?: 'client_secret_basic' | 'client_secret_post';
  /**
   * `'custom-connection'`: a Xero Custom Connection, bound to one organisation. Tokens come from the
   * `client_credentials` grant (no consent, no refresh token) and are fetched again before they expire.
   * Meant for the service role's background jobs. @default 'oauth'
   */
  kind?: 'oauth' | 'custom-connection';
}

/** An app after defaults and validation. */
export interface ResolvedApp {
  name: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  scopes: string[];
  tier: 'starter' | 'standard';
  limits: XeroLimits;
  clientAuthMethod: 'client_secret_basic' | 'client_secret_post';
  kind: 'oauth' | 'custom-connection';
}

/** Where Xero lives. Point these at the simulator in tests. */
export interface XeroEndpointOptions {
  /** OpenID issuer: https (see `dangerouslyAllowInsecureLoopback`). @default 'https://identity.xero.com' */
  identityUrl?: string;
  /**
   * Base of `/connections` and `/api.xro/2.0`, where bearer tokens are sent: https (see
   * `dangerouslyAllowInsecureLoopback`). @default 'https://api.xero.com'
   */
  apiUrl?: string;
  /**
   * Allows a plain-http `identityUrl` and `apiUrl`, and only on a loopback address (127.0.0.0/8, ::1,
   * localhost). For the simulator; never for production. @default false
   */
  dangerouslyAllowInsecureLoopback?: boolean;
}

/** Options of the per-process host object. */
export interface XeroConnectionsOptions {
  /** The Xero apps this process uses, by a name of your choice that pools refer to. */
  apps: Record<string, XeroAppOptions>;
  /**
   * A backend shared by several processes, e.g. `await createRedisBackend({ url })` from
   * `@wise-pay/xero-connections/redis`. The host builds it from its own `apps`, `timeScale`,
   * `rateLimits.interactiveReserve` and `logger`, and takes its store, refresh lock, limits engine and
   * pending authorizations from it: do not pass those as well. Close it after the host.
   */
  backend?: XeroBackend;
  /** Where tokens live. @default an in-memory store (tokens are lost on restart: use a persistent store in production) */
  store?: TokenStore;
  /** Mutual exclusion for refreshes. @default an in-process lock (use the Redis lock with several processes) */
  refreshLock?: RefreshLock;
  /** The limits engine. @default the in-process engine */
  limits?: LimitsEngine;
  /**
   * Where begun authorizations (state, PKCE verifier, nonce) wait for their callback. With several
   * processes behind a load balancer the callback may land on another process: pass the Redis backend's.
   * @default an in-process store
   */
  pendingAuthorizations?: PendingAuthorizationStore;
  /** Where Xero lives. @default Xero's production identity and API URLs */
  xero?: XeroEndpointOptions;
  /** Shrinks every duration the SDK waits on; 1 is real time. @default 1 */
  timeScale?: number;
  /** Receives the SDK's log lines, with secrets scrubbed from messages and fields. @default silentLogger */
  logger?: Logger;
  /** HTTP timeouts and retries of outages. */
  http?: {
    /** Per-attempt HTTP timeout, in ms (not scaled). @default 30000 */
    timeoutMs?: number;
    /** Retries of network errors, 5xx and 503 (writes only with an idempotency key). @default 4 */
    maxRetries?: number;
    /** First backoff delay in real ms (scaled), doubled per attempt, with full jitter. @default 1000 */
    retryBaseDelayMs?: number;
    /** Cap of one backoff delay in real ms (scaled). @default 60000 */
    retryMaxDelayMs?: number;
    /**
     * Longest a call waits out an outage of Xero (503, unreachable; API, identity or its organisation), in
     * real ms (scaled). Meanwhile calls wait without spending retries or rate-limit units while one probe
     * at a time checks for revival; a `concurrent` 429 without a deadline is repeated this long too.
     * @default 600000 (10 minutes)
     */
    maxOutageWaitMs?: number;
    /** Largest request body sent, in bytes; larger is an InvalidArgumentError, nothing sent. @default 3670016 (3.5 MiB, Xero's limit) */
    maxRequestBytes?: number;
    /** Largest response body read, in bytes; larger is an XeroApiError, the rest unread. @default 52428800 (50 MiB) */
    maxResponseBytes?: number;
    /**
     * Merge concurrent typed writes of one kind (`payments.create`, `invoices.create`/`update`,
     * `contacts.create`/`update`) and reads by id (`get`) on one connection into shared requests while
     * they wait for a slot: up to 50 elements per write, 50 ids per read (25 for payments). An idle
     * connection still sends at once. `false` sends every call alone; a call opts out with
     * `{ coalesce: false }`. See docs/guides/coalescing.md. @default true
     */
    coalesce?: boolean;
  };
  /** How 429s are retried and how much of the minute limit interactive calls keep for themselves. */
  rateLimits?: {
    /** 429 retries for minute, concurrent and app-minute problems. @default 3 */
    maxRetries?: number;
    /**
     * Calls per minute kept for interactive wisepay calls when several roles share one (app, tenant)
     * bucket; other traffic cannot spend them. @default 10
     */
    interactiveReserve?: number;
    /**
     * The share of each app's minute (0 – 0.5) kept for waiting interactive calls across all its
     * organisations: while Xero's app-wide limit (10,000 a minute) binds, a user action on any account
     * starts within a slot or two. Lent to batch work while no interactive call waits. @default 0.05
     */
    appInteractiveReserve?: number;
  };
  /** Token lifecycle timings. */
  oauth?: {
    /** Refresh this long before the access token expires, in real ms (scaled). @default 300000 (5 min) */
    refreshEarlyMs?: number;
    /** `keepAlive()` refreshes connections unused for this long, in real ms (scaled). @default 30 days */
    keepAliveAfterMs?: number;
    /** How long a begun authorization may take, in real ms (scaled). @default 600000 (10 min) */
    authorizationTtlMs?: number;
    /** How long the previous refresh token is still accepted after a rotation, in real ms (scaled). @default 1800000 (30 min) */
    refreshGraceMs?: number;
    /**
     * How long one refresh may hold the refresh lock before another party may take over, in ms (NOT scaled:
     * it bounds HTTP time). Lower it with the Redis lock if a crashed process should be replaced sooner.
     * @default 120000
     */
    refreshLockTtlMs?: number;
    /**
     * How long `close()` waits for token refreshes in flight and for storing rotated token sets the store
     * refused earlier, in ms (NOT scaled). A set not stored by then is logged as an error naming the account
     * and role (the previous refresh token still works for Xero's 30-minute grace period). @default 10000
     */
    closeTimeoutMs?: number;
  };
}

/** Options of one account's pool. */
export interface ConnectionPoolOptions {
  /** Your id for the customer account. */
  accountId: string;
  /** Split traffic over one connection per role. @default false (every role uses one connection) */
  multiConnection?: boolean;
  /**
   * The app each role connects through, by its name in `apps`. A string: every role uses that app (and, with
   * multi-connection on, shares its (app, tenant) bucket).
   */
  apps: string | Record<Role, string>;
  /** Pin the organisation up front; otherwise the first connect pins it. */
  tenantId?: string;
  /**
   * This account's weight in each app's fair share: while the app-wide limit binds, batch work is served
   * across organisations in proportion to their weights (e.g. 2 for a bigger plan). @default 1
   */
  fairShareWeight?: number;
}

const nonEmpty = z.string().trim().min(1);
const positiveInt = z.number().int().positive();

/**
 * Why `raw` is not a URL the SDK may send secrets to (bearer tokens to the API, codes to the redirect
 * URI), or undefined when it is fine: https, or plain http only on a loopback host, and only when
 * `loopbackHttp` allows it. The value itself is never echoed: it may embed credentials.
 */
export function urlProblem(
  raw: string,
  rules: { loopbackHttp: 'allowed' | 'needs-flag'; redirect?: boolean },
): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'must be an absolute URL, e.g. https://…';
  }
  if (url.username !== '' || url.password !== '') return 'must not embed credentials (user:password@)';
  // RFC 6749 §3.1.2: a redirection endpoint URI must not include a fragment.
  if (rules.redirect === true && raw.includes('#')) return 'must not have a fragment (#…)';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol !== 'http:') return `must use https, not ${url.protocol}`;
  if (!isLoopbackHost(url.hostname)) {
    return `must use https: plain http is allowed only on a loopback host (127.0.0.1, ::1, localhost), not ${url.hostname}`;
  }
  if (rules.loopbackHttp === 'needs-flag') {
    return 'plain http needs xero.dangerouslyAllowInsecureLoopback: true (and a loopback host)';
  }
  return undefined;
}

const redirectUri = z.string().superRefine((value, ctx) => {
  const problem = urlProblem(value, { loopbackHttp: 'allowed', redirect: true });
  if (problem !== undefined) ctx.addIssue({ code: 'custom', message: problem });
});

const appSchema = z
  .strictObject({
    clientId: nonEmpty,
    clientSecret: nonEmpty,
    redirectUri,
    scopes: z.array(nonEmpty).min(1).optional(),
    tier: z.enum(['starter', 'standard']).optional(),
    limits: z
      .strictObject({
        concurrent: positiveInt.optional(),
        perMinute: positiveInt.optional(),
        perDay: positiveInt.optional(),
        appPerMinute: positiveInt.optional(),
      })
      .optional(),
    clientAuthMethod: z.enum(['client_secret_basic', 'client_secret_post']).optional(),
    kind: z.enum(['oauth', 'custom-connection']).optional(),
  })
  .superRefine((app, ctx) => {
    if (app.kind === 'custom-connection') {
      // No refresh token and no id token come with client_credentials.
      if (app.scopes?.some((s) => s === 'offline_access' || s === 'openid') === true) {
        ctx.addIssue({
          code: 'custom',
          path: ['scopes'],
          message: 'a custom connection gets no refresh token or id token: omit offline_access and openid',
        });
      }
      return;
    }
    if (app.scopes !== undefined && !app.scopes.includes('offline_access')) {
      ctx.addIssue({
        code: 'custom',
        path: ['scopes'],
        message: 'must include offline_access, or Xero issues no refresh token',
      });
    }
  });

const duration = z.number().nonnegative();
/** A body bound: a JS string (axios reads a text body into one) cannot safely hold much more. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

const BACKEND_PARTS = ['store', 'refreshLock', 'limits', 'pendingAuthorizations'] as const;

const hostOptionsShape = z.strictObject({
  apps: z
    .record(nonEmpty, appSchema)
    .refine((a) => Object.keys(a).length > 0, 'at least one app is required'),
  backend: z
    .custom<XeroBackend>((v) => isObjectWith(v, ['attach']), 'must be a backend (createRedisBackend())')
    .optional(),
  store: z.custom<TokenStore>((v) => isObjectWith(v, ['get', 'put', 'delete', 'list'])).optional(),
  refreshLock: z.custom<RefreshLock>((v) => isObjectWith(v, ['run'])).optional(),
  limits: z
    .custom<LimitsEngine>((v) => isObjectWith(v, ['schedule', 'observe', 'snapshot', 'close']))
    .optional(),
  pendingAuthorizations: z
    .custom<PendingAuthorizationStore>((v) => isObjectWith(v, ['save', 'peek', 'take']))
    .optional(),
  xero: z
    .strictObject({
      identityUrl: z.string().optional(),
      apiUrl: z.string().optional(),
      dangerouslyAllowInsecureLoopback: z.boolean().optional(),
    })
    .superRefine((xero, ctx) => {
      const loopbackHttp = xero.dangerouslyAllowInsecureLoopback === true ? 'allowed' : 'needs-flag';
      for (const field of ['identityUrl', 'apiUrl'] as const) {
        const value = xero[field];
        const problem = value === undefined ? undefined : urlProblem(value, { loopbackHttp });
        if (problem !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: problem });
      }
    })
    .optional(),
  timeScale: z.number().positive().max(1000).optional(),
  logger: z.custom<Logger>((v) => isObjectWith(v, ['debug', 'info', 'warn', 'error'])).optional(),
  http: z
    .strictObject({
      timeoutMs: positiveInt.optional(),
      maxRetries: z.number().int().min(0).max(20).optional(),
      retryBaseDelayMs: duration.optional(),
      retryMaxDelayMs: duration.optional(),
      maxOutageWaitMs: positiveInt.optional(),
      maxRequestBytes: z.number().int().min(1024).max(MAX_BODY_BYTES).optional(),
      maxResponseBytes: z.number().int().min(1024).max(MAX_BODY_BYTES).optional(),
      coalesce: z.boolean().optional(),
    })
    .optional(),
  rateLimits: z
    .strictObject({
      maxRetries: z.number().int().min(0).max(20).optional(),
      interactiveReserve: z.number().int().min(0).optional(),
      appInteractiveReserve: z.number().min(0).max(0.5).optional(),
    })
    .optional(),
  oauth: z
    .strictObject({
      refreshEarlyMs: duration.optional(),
      keepAliveAfterMs: duration.optional(),
      authorizationTtlMs: positiveInt.optional(),
      refreshGraceMs: duration.optional(),
      refreshLockTtlMs: positiveInt.optional(),
      closeTimeoutMs: positiveInt.optional(),
    })
    .optional(),
});

export const hostOptionsSchema = hostOptionsShape.superRefine((o, ctx) => {
  if (o.backend === undefined) return;
  // The backend provides these: a second one would split the processes' shared state.
  for (const part of BACKEND_PARTS) {
    if (o[part] !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [part],
        message: 'is provided by backend: give one or the other',
      });
    }
  }
});

export const poolOptionsSchema = z.strictObject({
  accountId: nonEmpty,
  multiConnection: z.boolean().optional(),
  apps: z.union([nonEmpty, z.strictObject({ wisepay: nonEmpty, company: nonEmpty, service: nonEmpty })]),
  tenantId: nonEmpty.optional(),
  fairShareWeight: z.number().positive().max(1000).optional(),
});

function isObjectWith(value: unknown, methods: string[]): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    methods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function')
  );
}

/** Parses with zod and turns failures into one ConfigurationError that names every bad field. */
export function parseOptions<T>(schema: z.ZodType<T>, input: unknown, what: string, example: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    path: i.path.map(String).join('.') || '(root)',
    message: i.message,
  }));
  const list = issues.map((i) => `${i.path}: ${i.message}`).join('; ');
  throw new ConfigurationError(`Invalid ${what}: ${list}. Example: ${example}`, issues);
}

/** Applies defaults to a validated app. */
export function resolveApp(name: string, app: XeroAppOptions): ResolvedApp {
  const tier = app.tier ?? 'standard';
  const resolved: ResolvedApp = {
    name,
    clientId: app.clientId,
    clientSecret: app.clientSecret,
    redirectUri: app.redirectUri,
    // A custom connection's scopes were chosen when it was authorised: by default none are asked for.
    scopes: app.scopes ?? (app.kind === 'custom-connection' ? [] : [...DEFAULT_SCOPES]),
    tier,
    limits: {
      ...DEFAULT_LIMITS,
      ...(tier === 'starter' ? { perDay: STARTER_DAY_LIMIT } : {}),
      ...stripUndefined(app.limits ?? {}),
    },
    clientAuthMethod: app.clientAuthMethod ?? 'client_secret_basic',
    kind: app.kind ?? 'oauth',
  };
  // Defence in depth: whatever ends up holding a resolved app prints it without its secret.
  const withoutSecret = () => ({ ...resolved, clientSecret: '[redacted]' });
  Object.defineProperties(resolved, {
    toJSON: { value: withoutSecret, enumerable: false },
    [Symbol.for('nodejs.util.inspect.custom')]: {
      value: (_depth: number, options: object, inspect: (v: unknown, o: object) => string) =>
        inspect(withoutSecret(), options),
      enumerable: false,
    },
  });
  return resolved;
}

/** The app name each role uses, from a pool's `apps` option. */
export function appNamesByRole(apps: ConnectionPoolOptions['apps']): Record<Role, string> {
  if (typeof apps === 'string') return { wisepay: apps, company: apps, service: apps };
  return Object.fromEntries(ROLES.map((r) => [r, apps[r]])) as Record<Role, string>;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
