import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID, OTHER_TENANT_ID } from '../../src/testing/index.js';
import { type HostWorld, startHostWorld } from './support/host-world.js';

const DAY = 24 * 3_600_000;
/**
 * A Xero day lasts 8.6 s (access tokens 180 ms): small enough to age refresh tokens by real waiting,
 * large enough for the real connect flow. Begun authorizations get a Xero day instead of 10 minutes.
 */
const TIME_SCALE = 1e-4;
const XERO_DAY_MS = DAY * TIME_SCALE;
const AGING = { timeScale: TIME_SCALE, oauth: { authorizationTtlMs: DAY } };
let worlds: HostWorld[] = [];
afterEach(async () => {
  for (const w of worlds) await w.close();
  worlds = [];
});

function refreshRequests(w: HostWorld) {
  return w.sim.control.requestLog().filter((e) => e.endpoint === 'token' && e.grantType === 'refresh_token');
}

describe('xero.keepAlive (host-wide, over every stored connection)', () => {
  it('refreshes only connections older than the threshold, skips broken ones, and reports counts', async () => {
    const w = await startHostWorld(AGING);
    worlds.push(w);
    await w.connect('acct-a', { tenantId: DEMO_TENANT_ID });
    await w.connect('acct-b', { tenantId: NEW_COMPANY_TENANT_ID });
    const d = await w.connect('acct-d', { userId: 'user-2', tenantId: DEMO_TENANT_ID });
    await sleep(1.25 * XERO_DAY_MS); // a Xero day and a quarter
    await w.connect('acct-c', { tenantId: OTHER_TENANT_ID }); // fresh
    w.sim.control.revokeGrant({ clientId: 'wisepay-client', userId: 'user-2' });
    expect(await d.validateToken('wisepay')).toMatchObject({ valid: false, reason: 'revoked' });
    const before = new Map(
      await Promise.all(
        ['acct-a', 'acct-b', 'acct-c'].map(
          async (a) => [a, (await w.store.get(a, 'wisepay'))!.value] as const,
        ),
      ),
    );
    w.sim.control.resetLog();

    const report = await w.host.keepAlive({ olderThan: DAY });
    expect(report).toEqual({
      scanned: 4,
      refreshed: 2,
      skipped: 1,
      broken: 1,
      failed: 0,
      unlisted: 0,
      aborted: false,
    });
    expect(refreshRequests(w)).toHaveLength(2); // none for the fresh one, none for the broken one
    for (const account of ['acct-a', 'acct-b']) {
      const after = (await w.store.get(account, 'wisepay'))!.value;
      expect(after.refreshToken).not.toBe(before.get(account)!.refreshToken);
      expect(after.refreshedAt).toBeGreaterThan(before.get(account)!.refreshedAt);
      // The stored rotation is the live one: the account keeps working through it.
      expect(
        await w.host.pool({ accountId: account, apps: 'wisepay' }).validateToken('wisepay'),
      ).toMatchObject({
        valid: true,
      });
    }
    expect((await w.store.get('acct-c', 'wisepay'))!.value.refreshToken).toBe(
      before.get('acct-c')!.refreshToken,
    );
  });

  it('concurrent sweeps and pool calls refresh each connection once (single flight, lock, compare-and-set)', async () => {
    const w = await startHostWorld(AGING);
    worlds.push(w);
    const pools = await Promise.all(
      [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID, OTHER_TENANT_ID].map((t, i) =>
        w.connect(`acct-${i}`, { tenantId: t }),
      ),
    );
    await sleep(1.25 * XERO_DAY_MS);
    w.sim.control.resetLog();
    const [one, two] = await Promise.all([
      w.host.keepAlive({ olderThan: DAY, concurrency: 3 }),
      w.host.keepAlive({ olderThan: DAY, concurrency: 3 }),
      ...pools.map((p) => p.role('wisepay').organisation.get()),
    ]);
    for (const report of [one, two]) {
      expect(report).toMatchObject({ scanned: 3, broken: 0, failed: 0 });
      expect(report.refreshed + report.skipped).toBe(3);
    }
    // Every refresh token was spent exactly once, and every account still works on what was stored.
    expect(refreshRequests(w)).toHaveLength(3);
    expect(refreshRequests(w).every((e) => e.status === 200)).toBe(true);
    for (const p of pools) expect(await p.validateToken('wisepay')).toMatchObject({ valid: true });
  });

  it('paces refresh starts by perMinute and refuses bad options with a typed error', async () => {
    const w = await startHostWorld({ timeScale: 0.005 }); // a Xero minute lasts 300 ms
    worlds.push(w);
    for (const [i, t] of [DEMO_TENANT_ID, NEW_COMPANY_TENANT_ID, OTHER_TENANT_ID].entries()) {
      await w.connect(`acct-${i}`, { tenantId: t });
    }
    w.sim.control.resetLog();
    const report = await w.host.keepAlive({ olderThan: 0, perMinute: 2, concurrency: 3 });
    expect(report).toMatchObject({ scanned: 3, refreshed: 3 });
    const starts = refreshRequests(w)
      .map((e) => e.at)
      .sort((a, b) => a - b);
    // Two per Xero minute: starts 150 ms apart at least (a lower bound: a busy machine only widens it).
    expect(starts[2]! - starts[0]!).toBeGreaterThanOrEqual(2 * 150 - 20);

    for (const bad of [
      { olderThan: -1 },
      { olderThan: 61 * DAY },
      { concurrency: 0 },
      { perMinute: 0 },
      { nope: 1 },
    ]) {
      await expect(w.host.keepAlive(bad as never)).rejects.toMatchObject({ code: 'ERR_INVALID_ARGUMENT' });
    }
  });
});
