import { z } from 'zod';
import type { PoolEventSink } from '../contracts/events.js';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import { ConnectionBrokenError, NotConnectedError } from '../errors/connection-errors.js';
import type { Logger } from '../logger.js';
import type { ResolvedApp } from '../options.js';
import { connectionPages } from '../stores/connection-listing.js';
import type { StoredConnection, TokenStore } from '../stores/token-store.js';
import { sleep, type TimeScale } from '../time-scale.js';
import { AccountContext, type OAuthShared } from './account-context.js';
import { ConnectionRouting } from './connection-routing.js';
import { hasNoRefreshToken } from './custom-connection.js';

/** Options of `XeroConnections.keepAlive()`. */
export interface KeepAliveOptions {
  /**
   * Refresh every connection whose refresh token is at least this old (real-world ms, scaled by the
   * host's `timeScale`). Xero expires a refresh token after 60 days unused: keep it well below that, and
   * the sweep interval below it too. @default `oauth.keepAliveAfterMs` (30 days)
   */
  olderThan?: number | undefined;
  /** Refreshes in flight at once. @default 4 */
  concurrency?: number | undefined;
  /**
   * Most refreshes started per minute (scaled), across the sweep: token requests do not count against
   * the Accounting API limits, but Xero's identity server has limits of its own. @default 60
   */
  perMinute?: number | undefined;
  /** Accounts read from the store per page (only one page is held at a time). @default 100 */
  pageSize?: number | undefined;
  /** Stops the sweep between refreshes; refreshes already started finish (a rotation is never lost). */
  signal?: AbortSignal | undefined;
}

/** What one keep-alive sweep did. Every connection the store listed lands in exactly one count. */
export interface KeepAliveReport {
  /** Connections listed. */
  scanned: number;
  /** Refreshed (by this sweep, or by another party while it waited for the refresh lock). */
  refreshed: number;
  /** Refreshed recently enough, removed meanwhile, or a custom connection (it has no refresh token). */
  skipped: number;
  /** Broken already (only a reconnect mends them), or found broken by the refresh (Xero refused it). */
  broken: number;
  /**
   * Not refreshed this time: Xero unreachable, a store error, or the connection's app is not configured
   * on this host. The next sweep tries again; details are logged.
   */
  failed: number;
  /** Connections the store holds but could not list (see `ConnectionPage.unlisted`), counted in `failed`. */
  unlisted: number;
  /** The `signal` fired before the sweep had listed everything. */
  aborted: boolean;
}

/** What the sweep needs of the host. */
export interface KeepAliveDeps {
  store: TokenStore;
  timeScale: TimeScale;
  logger: Logger;
  /** Default of `olderThan`, real-world ms. */
  defaultOlderThanMs: number;
  /**
   * The refresh path of a stored connection: the same single-flight, locked, compare-and-set refresh
   * every call uses. Resolves to the stored connection for which `need` is false. Undefined when the
   * connection's app is not configured on this host.
   */
  refresherFor(
    connection: StoredConnection,
  ): ((need: (current: StoredConnection) => boolean) => Promise<StoredConnection>) | undefined;
}

const DAY_MS = 24 * 3_600_000;

const optionsSchema = z
  .strictObject({
    olderThan: z
      .number()
      .min(0)
      .max(59 * DAY_MS, 'must be under 60 days (Xero expires the token then)'),
    concurrency: z.number().int().min(1).max(50),
    perMinute: z.number().min(1).max(10_000),
    pageSize: z.number().int().min(1).max(1_000),
    signal: z.custom<AbortSignal>((v) => v instanceof AbortSignal, 'must be an AbortSignal'),
  })
  .partial();

/**
 * One host-wide keep-alive sweep: pages through every stored connection (never more than one page in
 * memory) and refreshes those whose refresh token is older than `olderThan`, a few at a time and paced,
 * through the normal refresh path. Broken connections are skipped without a token request.
 */
export async function keepAliveSweep(
  deps: KeepAliveDeps,
  options: KeepAliveOptions = {},
): Promise<KeepAliveReport> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({
      path: i.path.join('.') || '(root)',
      message: i.message,
    }));
    throw new InvalidArgumentError(
      `Invalid keepAlive options: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}. Example: xero.keepAlive({ olderThan: 30 * 24 * 3600_000 })`,
      issues,
    );
  }
  const o = parsed.data;
  const olderThanMs = deps.timeScale.ms(o.olderThan ?? deps.defaultOlderThanMs);
  const concurrency = o.concurrency ?? 4;
  const gapMs = deps.timeScale.ms(60_000 / (o.perMinute ?? 60));
  const report: KeepAliveReport = {
    scanned: 0,
    refreshed: 0,
    skipped: 0,
    broken: 0,
    failed: 0,
    unlisted: 0,
    aborted: false,
  };
  let nextStart = 0;
  /** The pace: starts are at least `gapMs` apart, whichever worker makes them. */
  const paced = async (): Promise<boolean> => {
    const wait = nextStart - Date.now();
    nextStart = Math.max(nextStart, Date.now()) + gapMs;
    if (wait > 0) await sleep(wait, o.signal).catch(() => {});
    return o.signal?.aborted !== true;
  };
  const refreshOne = async (connection: StoredConnection): Promise<void> => {
    const fields = { accountId: connection.accountId, role: connection.role, tenantId: connection.tenantId };
    const refresh = deps.refresherFor(connection);
    if (refresh === undefined) {
      report.failed++;
      deps.logger.warn('keep-alive: the connection uses an app this host does not configure; not refreshed', {
        ...fields,
        clientId: connection.clientId,
      });
      return;
    }
    const old = (c: StoredConnection) => Date.now() - c.refreshedAt >= olderThanMs;
    try {
      const after = await refresh(old);
      if (after.refreshedAt > connection.refreshedAt) report.refreshed++;
      else report.skipped++;
    } catch (error) {
      if (error instanceof ConnectionBrokenError) report.broken++;
      else if (error instanceof NotConnectedError) report.skipped++;
      else {
        report.failed++;
        deps.logger.warn('keep-alive refresh failed; the next sweep tries again', {
          ...fields,
          error: (error as Error).message,
        });
      }
    }
  };

  for await (const page of connectionPages(deps.store, { pageSize: o.pageSize, signal: o.signal })) {
    report.scanned += page.items.length;
    if ((page.unlisted ?? 0) > 0) {
      report.unlisted += page.unlisted!;
      report.failed += page.unlisted!;
      deps.logger.warn(
        'keep-alive: the store holds connections it cannot list (e.g. token files written before listing existed; their next write names them)',
        { unlisted: page.unlisted },
      );
    }
    const due: StoredConnection[] = [];
    for (const { value } of page.items) {
      if (value.broken !== undefined) report.broken++;
      else if (hasNoRefreshToken(value))
        report.skipped++; // a custom connection: nothing to keep alive
      else if (Date.now() - value.refreshedAt < olderThanMs) report.skipped++;
      else due.push(value);
    }
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const connection = due[next++]!;
        if (!(await paced())) {
          report.failed++; // listed and due, but the sweep was stopped first
          continue;
        }
        await refreshOne(connection);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
  }
  report.aborted = o.signal?.aborted === true;
  return report;
}

/**
 * `KeepAliveDeps.refresherFor` over the account lifecycle every pool uses: a short-lived context per
 * connection (the sweep reaches accounts with no open pool), refreshing through the same refresher,
 * refresh lock and compare-and-set, so a pool refreshing the same connection meanwhile is serialised
 * with it and neither loses a rotation.
 */
export function lifecycleRefresher(
  shared: OAuthShared,
  events: PoolEventSink,
  appFor: (clientId: string) => ResolvedApp | undefined,
): KeepAliveDeps['refresherFor'] {
  return (connection) => {
    const app = appFor(connection.clientId);
    if (app === undefined) return undefined;
    const ctx = new AccountContext(
      {
        accountId: connection.accountId,
        // Every role through the connection's own app: the stored role is the one refreshed.
        routing: new ConnectionRouting(true, { wisepay: app, company: app, service: app }),
        events,
      },
      shared,
    );
    return (need) => ctx.refresher.ensure(connection.role, need);
  };
}
