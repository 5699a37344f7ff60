import { afterEach, describe, expect, it } from 'vitest';
import { XeroUnavailableError } from '../../src/errors/api-errors.js';
import { connectRole, type Harness, startHarness, tokenRequests } from './support/harness.js';

/**
 * An outage probe asks Xero's identity service once (issue 11 #1): the refresher's own retries (up to
 * `refreshRetries + 1` token requests) ran inside every identity probe, so one probe cost up to 5
 * requests during an outage. `CallWait.tryOnce` marks the probe.
 */

let h: Harness | undefined;

/** Requests to the token endpoint (during an outage it answers 503 before the log learns the grant type). */
function tokenPosts(harness: Harness) {
  return harness.sim.control.requestLog().filter((e) => e.path === '/identity/connect/token');
}
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('identity probe: one token request', () => {
  it('with identity down, a tryOnce refresh makes exactly one token request; an ordinary one retries', async () => {
    // A cooldown of 3 s real (60 Xero s at this scale): it outlasts the steps below on a loaded machine.
    h = await startHarness({ timeScale: 0.05, settings: { refreshCooldownMs: 60_000 } });
    const { connections } = h.make();
    await connectRole(h, connections, 'wisepay');
    const connection = connections.connection('wisepay');
    const before = await connection.credentials();
    h.sim.control.outage({ identity: true, durationMs: 60_000 });

    // The identity service answers 503 before reading the body: every token request of the outage counts.
    h.sim.control.resetLog();
    const probe = await connection.refreshAfterRejection(before.accessToken, { tryOnce: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(probe).toBeInstanceOf(XeroUnavailableError);
    expect(tokenPosts(h)).toHaveLength(1);

    // The cooldown after that failure fails an ordinary refresh fast, without a request...
    h.sim.control.resetLog();
    const throttled = await connection.refreshAfterRejection(before.accessToken).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(throttled).toBeInstanceOf(XeroUnavailableError);
    expect(tokenPosts(h)).toHaveLength(0);

    // ...but not the probe: the outage hold paces probes, and a probe that never asks could not see revival.
    const again = await connection.refreshAfterRejection(before.accessToken, { tryOnce: true }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(again).toBeInstanceOf(XeroUnavailableError);
    expect(tokenPosts(h)).toHaveLength(1);

    // Without the flag, a refresh past the cooldown spends its own retries (the cost a probe no longer pays).
    await h.close();
    h = await startHarness();
    const fresh = h.make();
    await connectRole(h, fresh.connections, 'wisepay');
    const other = fresh.connections.connection('wisepay');
    const token = (await other.credentials()).accessToken;
    h.sim.control.outage({ identity: true, durationMs: 60_000 });
    h.sim.control.resetLog();
    const ordinary = await other.refreshAfterRejection(token).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(ordinary).toBeInstanceOf(XeroUnavailableError);
    expect(tokenPosts(h).length).toBeGreaterThan(1);
  });

  it('once identity is back, a tryOnce refresh rotates the token as usual', async () => {
    h = await startHarness();
    const { connections } = h.make();
    await connectRole(h, connections, 'wisepay');
    const connection = connections.connection('wisepay');
    const before = await connection.credentials();
    h.sim.control.resetLog();
    const after = await connection.refreshAfterRejection(before.accessToken, { tryOnce: true });
    expect(after.accessToken).not.toBe(before.accessToken);
    expect(tokenRequests(h.sim, 'refresh_token')).toHaveLength(1);
  });
});
