/**
 * Type-level tests of the public option shapes: compiled by `npm run typecheck` (tsc), never executed.
 * Each `@ts-expect-error` must be an error, or tsc fails ("unused @ts-expect-error").
 */
import * as sdk from '../../src/index.js';
import {
  type CallOptions,
  type ConnectionPool,
  type ConnectionPoolOptions,
  type DayLimitExceededError,
  type ErrorCode,
  ErrorCodes,
  isXeroError,
  type PoolEvents,
  type RateLimitError,
  type Role,
  roleForTraffic,
  type TokenTestResult,
  XeroConnections,
  type XeroConnectionsError,
  type XeroConnectionsOptions,
  type XeroErrorsByCode,
  type XeroRoleClient,
} from '../../src/index.js';

declare const pool: ConnectionPool;

const app = { clientId: 'id', clientSecret: 'secret', redirectUri: 'https://pay.example.com/cb' };
const host = new XeroConnections({ apps: { wisepay: app } });

// Apps by name; every role may use its own.
host.pool({ accountId: 'a', apps: 'wisepay' });
host.pool({ accountId: 'a', multiConnection: true, apps: { wisepay: 'w', company: 'c', service: 's' } });
// @ts-expect-error: one app per role means all three roles
host.pool({ accountId: 'a', apps: { wisepay: 'w', company: 'c' } });
// @ts-expect-error: accountId is required
host.pool({ apps: 'wisepay' });

// @ts-expect-error: apps are required
const noApps: XeroConnectionsOptions = {};
// @ts-expect-error: tier is 'starter' | 'standard'
const badTier: XeroConnectionsOptions = { apps: { a: { ...app, tier: 'premium' } } };
// @ts-expect-error: clientAuthMethod is one of Xero's two methods
const badAuth: XeroConnectionsOptions = { apps: { a: { ...app, clientAuthMethod: 'private_key_jwt' } } };

// Roles are a closed set.
const role: Role = roleForTraffic('sync');
// @ts-expect-error: not a role
pool.role('payments');
// @ts-expect-error: not a traffic kind
roleForTraffic('webhook');

// Per-call options come last and are typed.
const options: CallOptions = { priority: 'batch', idempotencyKey: 'run-42', deadline: new Date() };
// @ts-expect-error: priority is interactive | batch
const badPriority: CallOptions = { priority: 'urgent' };
pool.role('wisepay').invoices.list({ statuses: ['AUTHORISED'] }, options);
// @ts-expect-error: statuses are Xero's invoice statuses
pool.role('wisepay').invoices.list({ statuses: ['OPEN'] });

// Events carry typed payloads.
pool.on('connection:broken', (event: PoolEvents['connection:broken']) => {
  const reason: string = event.reason;
  const message: string = event.message;
  void [reason, message];
});
// @ts-expect-error: no such event
pool.on('connection:exploded', () => {});

// The token test answers true, false, or null (indeterminate).
declare const result: TokenTestResult;
const valid: boolean | null = result.valid;

const poolOptions: ConnectionPoolOptions = { accountId: 'a', apps: 'wisepay', tenantId: 't' };

// Pool and role client are types only: no constructor, no unvalidated send.
// @ts-expect-error: ConnectionPool is not a runtime export
void sdk.ConnectionPool;
// @ts-expect-error: XeroRoleClient is not a runtime export
void sdk.XeroRoleClient;
const client: XeroRoleClient = pool.role('wisepay');
// @ts-expect-error: the only raw call is the validated request()
void client.send;
// @ts-expect-error: the pool has no send either
void pool.send;
// @ts-expect-error: the host does not expose its resolved apps (they hold client secrets)
void host.apps;
// @ts-expect-error: redaction helpers are internal
void sdk.redactValue;

// Error codes: one constant per code, the type derived from them, and a guard that narrows to the class.
const dayCode: 'ERR_DAY_LIMIT' = ErrorCodes.DAY_LIMIT;
const anyCode: ErrorCode = ErrorCodes.CLOSED;
declare const caught: unknown;
if (isXeroError(caught, 'ERR_DAY_LIMIT')) {
  const day: DayLimitExceededError = caught;
  const retryAt: Date | undefined = caught.retryAt;
  const code: 'ERR_DAY_LIMIT' = caught.code;
  void [day, retryAt, code];
}
if (isXeroError(caught, ErrorCodes.RATE_LIMITED)) {
  const limited: RateLimitError = caught;
  void limited.retryAfterMs;
}
if (isXeroError(caught)) {
  const base: XeroConnectionsError = caught;
  // @ts-expect-error: the base class has no retryAt; narrow with a code first
  void base.retryAt;
}
// @ts-expect-error: not an error code
isXeroError(caught, 'ERR_NOPE');
// Every code maps to a class, and the map names no other key.
const everyCodeMapped: [Exclude<ErrorCode, keyof XeroErrorsByCode>] extends [never] ? true : false = true;
const noExtraKeys: [Exclude<keyof XeroErrorsByCode, ErrorCode>] extends [never] ? true : false = true;
void [dayCode, anyCode, everyCodeMapped, noExtraKeys];
void [noApps, badTier, badAuth, role, badPriority, valid, poolOptions];
