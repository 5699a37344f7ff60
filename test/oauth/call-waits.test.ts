import { afterEach, describe, expect, it } from 'vitest';
import { AbortedError, DeadlineExceededError } from '../../src/errors/timing-errors.js';
import { refreshLockKey } from '../../src/oauth/token-refresher.js';
import { InProcessRefreshLock } from '../../src/stores/in-process-refresh-lock.js';
import { connect, type PoolWorld, startPoolWorld } from '../pool/support/pool-world.js';

let world: PoolWorld | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

describe('a call’s deadline and signal bound its wait for a token refresh (through the pool)', () => {
  it('while another party holds the refresh lock: the call with a deadline ends at it, the aborted one at its abort', async () => {
    const lock = new InProcessRefreshLock();
    // Every token is due for refresh at once (early-refresh margin longer than its life), yet still valid.
    world = await startPoolWorld({
      timeScale: 0.005,
      host: { refreshLock: lock, oauth: { refreshEarlyMs: 31 * 60_000 } },
    });
    const pool = world.host.pool({
      accountId: 'acct-wait',
      multiConnection: true,
      apps: { wisepay: 'wisepay', company: 'company', service: 'service' },
    });
    await connect(world, pool, 'company');
    let release!: () => void;
    const held = lock.run(
      refreshLockKey('acct-wait', 'company'),
      60_000,
      () => new Promise<void>((r) => (release = r)),
    );
    const safety = setTimeout(() => release(), 20_000); // never hang the suite
    try {
      const t0 = Date.now();
      const late = await pool
        .role('company')
        .request({ method: 'GET', path: '/Organisation' }, { deadline: Date.now() + 300 })
        .catch((e: unknown) => e);
      // It gave up at its deadline (typed, naming the call), not when the lock came free.
      expect(late).toBeInstanceOf(DeadlineExceededError);
      expect((late as DeadlineExceededError).message).toMatch(
        /role=company.*GET \/api\.xro\/2\.0\/Organisation/,
      );
      expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
      expect(Date.now() - t0).toBeLessThan(3000);

      const controller = new AbortController();
      setTimeout(() => controller.abort(), 200);
      const t1 = Date.now();
      const error = await pool
        .role('company')
        .request({ method: 'GET', path: '/Organisation' }, { signal: controller.signal })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AbortedError);
      expect(Date.now() - t1).toBeLessThan(3000);
    } finally {
      release();
      clearTimeout(safety);
      await held;
    }
    // With the lock free, the refresh happens for a caller that waits.
    const after = await pool.role('company').request({ method: 'GET', path: '/Organisation' });
    expect(after.status).toBe(200);
    expect(
      world.sim.control.requestLog().filter((e) => e.endpoint === 'token' && e.grantType === 'refresh_token')
        .length,
    ).toBeGreaterThanOrEqual(1);
  });
});
