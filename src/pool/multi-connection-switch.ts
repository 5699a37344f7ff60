import { z } from 'zod';
import type { AccountConnections } from '../contracts/account-connections.js';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import { NotConnectedError } from '../errors/connection-errors.js';
import { ClosedError } from '../errors/infrastructure-errors.js';
import type { Logger } from '../logger.js';
import type { ConnectionRouting } from '../oauth/connection-routing.js';
import { parseOptions } from '../options.js';
import { PRIMARY_ROLE, ROLES, type Role } from '../roles.js';
import { CallTarget, type PoolCalls } from './pool-calls.js';

/** Options of `ConnectionPool.setMultiConnection`. */
export interface MultiConnectionSwitchOptions {
  /**
   * How long (real ms) to wait for calls sent before the switch to settle before the connections they
   * use are disconnected (off) and the previous lifecycle is released. A call still running after it may
   * then fail. @default 60000
   */
  drainTimeoutMs?: number | undefined;
}

/** What `ConnectionPool.setMultiConnection` changed. Persist `multiConnection`: the SDK does not. */
export interface MultiConnectionSwitchResult {
  accountId: string;
  /** The account's setting now: pass it as `multiConnection` to `host.pool()` from now on. */
  multiConnection: boolean;
  /** False when the pool already had this setting (nothing was done). */
  changed: boolean;
  /** Roles whose stored connection was disconnected (turning off: company and service, if they had one). */
  disconnected: Role[];
  /** Connection roles not connected after the switch (turning on: usually company and service). */
  needsConnection: Role[];
  /** True when every call sent before the switch settled within `drainTimeoutMs`. */
  drained: boolean;
}

const switchOptionsSchema = z
  .object({ drainTimeoutMs: z.number().int().min(0).max(3_600_000).optional() })
  .strict();

const SWITCH_EXAMPLE = 'await pool.setMultiConnection(false, { drainTimeoutMs: 30_000 })';
const DEFAULT_DRAIN_TIMEOUT_MS = 60_000;

/** What the switch needs of its pool. */
export interface SwitchablePool {
  accountId: string;
  calls: PoolCalls;
  logger: Logger;
  /** The host's routing for the pool's apps with multi-connection `on`. */
  routingFor(on: boolean): ConnectionRouting;
  /** A new OAuth lifecycle of the account for `routing`, on the pool's event sink. */
  createConnections(routing: ConnectionRouting): AccountConnections;
}

/**
 * Replaces the pool's call target (routing and lifecycle) so the next call of every role goes where the
 * new setting sends it, lets the calls already sent finish on their connection, then (turning off)
 * disconnects the company and service connections through the existing disconnection, which keeps any
 * grant or Xero connection another stored connection, of any account, still uses.
 *
 * Turning on moves no data: with multi-connection off the one connection is already stored under the
 * primary role (`wisepay`), so it simply becomes wisepay's own.
 */
export async function switchMultiConnection(
  pool: SwitchablePool,
  on: boolean,
  options?: MultiConnectionSwitchOptions,
): Promise<MultiConnectionSwitchResult> {
  if (typeof on !== 'boolean') {
    throw new InvalidArgumentError(
      `setMultiConnection expects true or false, got ${typeof on}. Example: ${SWITCH_EXAMPLE}`,
      [{ path: 'on', message: 'expected a boolean' }],
    );
  }
  const opts = parseSwitchOptions(options);
  const drainTimeoutMs = opts.drainTimeoutMs ?? DEFAULT_DRAIN_TIMEOUT_MS;
  const before = pool.calls.target;
  if (before.routing.multiConnection === on) {
    return {
      accountId: pool.accountId,
      multiConnection: on,
      changed: false,
      disconnected: [],
      needsConnection: await notConnected(before.connections),
      drained: true,
    };
  }
  if (!on) await assertPrimaryUsable(pool.accountId, before.connections);
  const routing = pool.routingFor(on);
  const target = new CallTarget(routing, pool.createConnections(routing));
  pool.calls.retarget(target);
  pool.logger.info('multi-connection switched; calls now follow the new routing', {
    accountId: pool.accountId,
    multiConnection: on,
    inFlightOnPrevious: before.inFlight,
  });

  const drained = await settledWithin(before, drainTimeoutMs);
  if (!drained) {
    pool.logger.warn('calls sent before the multi-connection switch were still running at the drain limit', {
      accountId: pool.accountId,
      inFlight: before.inFlight,
      drainTimeoutMs,
    });
  }
  const disconnected: Role[] = [];
  try {
    if (!on) {
      if (pool.calls.closed) {
        throw new ClosedError('The connection pool closed during the multi-connection switch', {
          accountId: pool.accountId,
        });
      }
      // The previous lifecycle still routes each role to its own record, so this removes exactly the
      // company and service connections (never the primary one now serving every call).
      const listed = await before.connections.status();
      for (const role of ROLES) {
        if (role === PRIMARY_ROLE) continue;
        if (listed.find((row) => row.role === role)?.tenantId === undefined) continue;
        await before.connections.disconnect(role);
        disconnected.push(role);
      }
    }
  } finally {
    await before.connections.close();
  }
  return {
    accountId: pool.accountId,
    multiConnection: on,
    changed: true,
    disconnected,
    needsConnection: await notConnected(target.connections),
    drained,
  };
}

/** Bad options are an InvalidArgumentError naming the field, thrown before anything changes. */
function parseSwitchOptions(options: unknown): z.infer<typeof switchOptionsSchema> {
  try {
    return parseOptions(switchOptionsSchema, options ?? {}, 'setMultiConnection options', SWITCH_EXAMPLE);
  } catch (error) {
    const issues = (error as { issues?: Array<{ path: string; message: string }> }).issues ?? [];
    throw new InvalidArgumentError((error as Error).message, issues, { cause: error as Error });
  }
}

/** Turning off sends every call to the primary connection: it must be there, and not broken. */
async function assertPrimaryUsable(accountId: string, connections: AccountConnections): Promise<void> {
  const rows = await connections.status();
  const primary = rows.find((row) => row.role === PRIMARY_ROLE);
  if (primary?.health === 'connected' || primary?.health === 'degraded') return;
  throw new NotConnectedError(
    `Cannot turn multi-connection off: the ${PRIMARY_ROLE} connection, which would serve every call, is ${primary?.health ?? 'not_connected'}; connect it first (nothing was changed)`,
    { accountId, role: PRIMARY_ROLE },
  );
}

async function notConnected(connections: AccountConnections): Promise<Role[]> {
  const rows = await connections.status();
  return rows.filter((row) => !row.connected).map((row) => row.role);
}

/** Waits for the target's calls to settle, at most `timeoutMs`; the timer is cleared either way. */
async function settledWithin(target: CallTarget, timeoutMs: number): Promise<boolean> {
  if (target.inFlight === 0) return true;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([target.whenIdle().then(() => true as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
