import type { z } from 'zod';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import { parseOptions } from '../options.js';
import type { OrganisationModel } from './accounting/index.js';
import type { SimContext } from './context.js';
import { parseAuthorizeRequest } from './identity/authorize-request.js';
import { approveConsent, ConsentError, denyConsent } from './identity/consent.js';
import { organisationSeedSchema, simAppSchema, simUserSchema } from './options.js';
import type { RateLimitState } from './rate-limits/rate-limiter.js';
import type { OrganisationSeed, SimApp, SimCounters, SimRequestLogEntry, SimUser } from './types.js';
import { resolveSubscriptionInput, subscriptionInputSchema } from './webhooks/subscription-input.js';
import type { WebhookSender } from './webhooks/webhook-sender.js';
import type {
  SimWebhookAttempt,
  SimWebhookSubscription,
  SimWebhookSubscriptionInput,
} from './webhooks/webhook-types.js';

/** Drives and observes a running simulator from a test (also served over HTTP when `controlHttp` is on). */
export interface SimulatorControl {
  /**
   * The scripted consent: the same server logic as the consent page's *Allow access*. Resolves to the URL
   * the browser would be redirected to (`redirect_uri?code=…&state=…`). Throws on a bad authorize request.
   */
  approveConsent(
    authorizationUrl: string,
    options?: { userId?: string; tenantIds?: string[] },
  ): Promise<string>;
  /** As *Cancel*: resolves to `redirect_uri?error=access_denied&state=…`. */
  denyConsent(authorizationUrl: string): Promise<string>;
  /** As if the refresh token were revoked: the grant's connections and refresh tokens die. */
  revokeGrant(args: { clientId: string; userId: string }): void;
  /** The app was disconnected from the organisation inside Xero: 403 for it, gone from /connections; refresh still works. */
  disconnectTenant(args: { clientId: string; tenantId: string }): void;
  /**
   * Makes the app a Custom Connection to one organisation (authorised by `userId`, default `user-1`), or
   * changes it: `status: 'unpaid'` refuses its token requests, as does `disconnectTenant`. `refusal` picks
   * how a refused token request is answered (Xero does not document it). Returns its connection id.
   */
  customConnection(args: {
    clientId: string;
    tenantId: string;
    userId?: string;
    status?: 'active' | 'unpaid';
    refusal?: 'unauthorized_client' | 'invalid_client';
  }): { connectionId: string; authEventId: string };
  /** The user was removed from the organisation: their connections to it go, and they can no longer pick it. */
  removeUser(args: { userId: string; tenantId: string }): void;
  /** 503 "Not Available" for `durationMs` real ms, on the API and/or identity (both when neither is named). */
  outage(args: { api?: boolean; identity?: boolean; durationMs: number }): void;
  /** 503 "Organisation offline" for one tenant's API calls for `durationMs` real ms. */
  organisationOffline(tenantId: string, durationMs: number): void;
  /**
   * Latency added to every API call (after the rate limits admit it, so the call holds its concurrency
   * slot meanwhile): real ms, or `{ xeroMs }` in Xero ms, scaled by the simulator's `timeScale`.
   */
  setLatency(ms: number | { xeroMs: number }): void;
  /** The next `count` matching requests answer `status` (default 500). */
  failNext(args: { count?: number; status?: number; pathPrefix?: string }): void;
  /** The next `count` matching API responses are 200 with a body that is not valid JSON. */
  malformedNext(args: { count?: number; pathPrefix?: string }): void;
  /** The next successful token response is computed (codes consumed, tokens rotated) and then never sent. */
  loseNextTokenResponse(): void;
  /** Another process of the same app made `calls` calls: counts against minute, day and app minute. */
  spendBudget(args: { clientId: string; tenantId: string; calls: number }): void;
  /** Every access token issued so far (optionally only one app's) answers 401 TokenExpired from now on. */
  expireAccessTokens(args?: { clientId?: string }): void;
  /** Ends outages, offline organisations, queued failures and a pending lost token response. */
  clearFaults(): void;
  requestLog(): SimRequestLogEntry[];
  counters(): SimCounters;
  resetLog(): void;
  /** Where an (app, tenant) stands against the limits (for tests of window behaviour). */
  rateLimitState(args: { clientId: string; tenantId: string }): RateLimitState;
  apps(): SimApp[];
  organisations(): OrganisationSeed[];
  users(): SimUser[];
  addApp(app: SimApp): void;
  addOrganisation(seed: OrganisationSeed): void;
  addUser(user: SimUser): void;
  /** Read access to an organisation's accounting model. Throws for an unknown tenant. */
  organisation(tenantId: string): OrganisationModel;
  /**
   * Subscribes an app's webhook (replacing its previous one) and runs Xero's intent-to-receive check;
   * resolves with the subscription once the check is done (`ok` or `intent-failed`). Invoice and contact
   * changes in organisations the app is connected to, made through the API or `organisation(t).handle()`,
   * are then delivered in signed batches. See docs/guides/webhooks.md.
   */
  subscribeWebhooks(input: SimWebhookSubscriptionInput): Promise<SimWebhookSubscription>;
  /** Removes an app's webhook subscription; its queued events are dropped. True if there was one. */
  unsubscribeWebhooks(args: { clientId: string }): boolean;
  /** Every webhook subscription and where its deliveries stand (no keys). */
  webhookSubscriptions(): SimWebhookSubscription[];
  /** The webhook requests the simulator made (intent checks and deliveries), oldest first. */
  webhookAttempts(args?: { clientId?: string }): SimWebhookAttempt[];
}

function invalid(message: string, path = '(root)'): InvalidArgumentError {
  return new InvalidArgumentError(message, [{ path, message }]);
}

/** Validates an argument with zod; failures become one InvalidArgumentError naming the field. */
function parseArg<T>(schema: z.ZodType<T>, input: unknown, what: string, example: string): T {
  try {
    return parseOptions(schema, input, what, example);
  } catch (error) {
    const issues = (error as { issues?: Array<{ path: string; message: string }> }).issues ?? [];
    throw new InvalidArgumentError((error as Error).message, issues);
  }
}

export function createControl(ctx: SimContext, webhooks: WebhookSender): SimulatorControl {
  const { world, grants, faults, log } = ctx;

  const authorizeRequestOf = (authorizationUrl: string) => {
    let url: URL;
    try {
      url = new URL(authorizationUrl);
    } catch {
      throw invalid('authorizationUrl is not a URL', 'authorizationUrl');
    }
    const parsed = parseAuthorizeRequest(world, url.searchParams);
    if (!parsed.ok) throw invalid(`bad authorize request: ${parsed.message}`, 'authorizationUrl');
    return parsed.request;
  };

  const requireApp = (clientId: string) => {
    const app = world.apps.get(clientId);
    if (app === undefined) throw invalid(`unknown clientId "${clientId}"`, 'clientId');
    return app;
  };
  const requireTenant = (tenantId: string) => {
    if (!world.hasOrganisation(tenantId)) throw invalid(`unknown tenantId "${tenantId}"`, 'tenantId');
  };
  const requireUser = (userId: string) => {
    const user = world.users.get(userId);
    if (user === undefined) throw invalid(`unknown userId "${userId}"`, 'userId');
    return user;
  };
  const duration = (ms: unknown, path: string): number => {
    if (typeof ms !== 'number' || !(ms >= 0)) throw invalid(`${path} must be a number of ms >= 0`, path);
    return ms;
  };
  const positiveCount = (n: unknown, path: string): number => {
    if (n === undefined) return 1;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 1)
      throw invalid(`${path} must be an integer >= 1`, path);
    return n;
  };

  return {
    async approveConsent(authorizationUrl, options = {}) {
      const request = authorizeRequestOf(authorizationUrl);
      const userId = options.userId ?? 'user-1';
      const user = requireUser(userId);
      const tenantIds = options.tenantIds ?? user.organisations.slice(0, 1);
      try {
        return approveConsent(ctx, request, userId, tenantIds);
      } catch (error) {
        if (error instanceof ConsentError) throw invalid(error.message, 'tenantIds');
        throw error;
      }
    },
    async denyConsent(authorizationUrl) {
      return denyConsent(authorizeRequestOf(authorizationUrl));
    },
    revokeGrant({ clientId, userId }) {
      requireApp(clientId);
      requireUser(userId);
      grants.revoke(clientId, userId);
    },
    disconnectTenant({ clientId, tenantId }) {
      requireApp(clientId);
      requireTenant(tenantId);
      grants.disconnectTenant(clientId, tenantId);
    },
    customConnection({
      clientId,
      tenantId,
      userId = 'user-1',
      status = 'active',
      refusal = 'unauthorized_client',
    }) {
      requireApp(clientId);
      requireTenant(tenantId);
      requireUser(userId);
      if (status !== 'active' && status !== 'unpaid') throw invalid("must be 'active' or 'unpaid'", 'status');
      if (refusal !== 'unauthorized_client' && refusal !== 'invalid_client') {
        throw invalid("must be 'unauthorized_client' or 'invalid_client'", 'refusal');
      }
      return grants.authoriseCustomConnection({ clientId, userId, tenantId, status, refusal }, Date.now());
    },
    removeUser({ userId, tenantId }) {
      const user = requireUser(userId);
      requireTenant(tenantId);
      user.organisations = user.organisations.filter((t) => t !== tenantId);
      grants.removeUserFromTenant(userId, tenantId);
    },
    outage({ api, identity, durationMs }) {
      const ms = duration(durationMs, 'durationMs');
      const both = api === undefined && identity === undefined;
      faults.outage({ api: both || api === true, identity: both || identity === true }, ms, Date.now());
    },
    organisationOffline(tenantId, durationMs) {
      requireTenant(tenantId);
      faults.organisationOffline(tenantId, duration(durationMs, 'durationMs'), Date.now());
    },
    setLatency(ms) {
      faults.latencyMs =
        typeof ms === 'object' && ms !== null
          ? ctx.scale.ms(duration(ms.xeroMs, 'xeroMs'))
          : duration(ms, 'ms');
    },
    failNext({ count, status, pathPrefix } = {}) {
      const s = status ?? 500;
      if (!Number.isInteger(s) || s < 400 || s > 599)
        throw invalid('status must be an HTTP error status', 'status');
      faults.failNext(positiveCount(count, 'count'), s, pathPrefix);
    },
    malformedNext({ count, pathPrefix } = {}) {
      faults.malformedNext(positiveCount(count, 'count'), pathPrefix);
    },
    loseNextTokenResponse() {
      faults.loseNextTokenResponse();
    },
    spendBudget({ clientId, tenantId, calls }) {
      requireApp(clientId);
      requireTenant(tenantId);
      ctx.limiter.spend(clientId, tenantId, positiveCount(calls, 'calls'), Date.now());
    },
    expireAccessTokens(args = {}) {
      if (args.clientId !== undefined) requireApp(args.clientId);
      ctx.accessTokens.expireAll(args.clientId);
    },
    clearFaults() {
      faults.clear();
    },
    requestLog: () => log.list(),
    counters: () => log.counters(),
    resetLog: () => log.reset(),
    rateLimitState({ clientId, tenantId }) {
      const app = requireApp(clientId);
      requireTenant(tenantId);
      return ctx.limiter.state(clientId, tenantId, app.tier, Date.now());
    },
    apps: () => [...world.apps.values()].map((a) => structuredClone(a)),
    organisations: () => world.organisationSeeds(),
    users: () => [...world.users.values()].map((u) => structuredClone(u)),
    addApp(app) {
      const parsed = parseArg(
        simAppSchema,
        app,
        'app',
        "addApp({ name: 'X', clientId: 'x', clientSecret: 's', redirectUris: ['http://127.0.0.1/cb'] })",
      );
      if (world.apps.has(parsed.clientId))
        throw invalid(`clientId "${parsed.clientId}" already exists`, 'clientId');
      world.addApp(parsed as SimApp);
    },
    addOrganisation(seed) {
      const parsed = parseArg(
        organisationSeedSchema,
        seed,
        'organisation',
        "addOrganisation({ tenantId: '…', name: 'Acme' })",
      );
      if (world.hasOrganisation(parsed.tenantId))
        throw invalid(`tenantId "${parsed.tenantId}" already exists`, 'tenantId');
      world.addOrganisation(parsed as OrganisationSeed);
    },
    addUser(user) {
      const parsed = parseArg(
        simUserSchema,
        user,
        'user',
        "addUser({ userId: 'user-3', organisations: [tenantId] })",
      );
      if (world.users.has(parsed.userId)) throw invalid(`userId "${parsed.userId}" already exists`, 'userId');
      for (const t of parsed.organisations) requireTenant(t);
      world.addUser(parsed as SimUser);
    },
    organisation(tenantId) {
      const model = world.model(tenantId);
      if (model === undefined) throw invalid(`unknown tenantId "${tenantId}"`, 'tenantId');
      return model;
    },
    async subscribeWebhooks(input) {
      const parsed = parseArg(
        subscriptionInputSchema,
        input,
        'webhook subscription',
        "subscribeWebhooks({ clientId: 'x', url: 'http://127.0.0.1:8080/xero/webhooks', key: 'webhook-key' })",
      );
      requireApp(parsed.clientId);
      return webhooks.subscribe(resolveSubscriptionInput(parsed));
    },
    unsubscribeWebhooks({ clientId }) {
      requireApp(clientId);
      return webhooks.unsubscribe(clientId);
    },
    webhookSubscriptions: () => webhooks.subscriptions(),
    webhookAttempts: (args = {}) => webhooks.attempts(args.clientId),
  };
}
