import { afterEach, describe, expect, it } from 'vitest';
import { XeroUnavailableError } from '../../src/errors/api-errors.js';
import { ConnectionBrokenError } from '../../src/errors/connection-errors.js';
import type { IdentityClient } from '../../src/oauth/identity-client.js';
import { InProcessRefreshLock } from '../../src/stores/in-process-refresh-lock.js';
import { sleep } from '../../src/time-scale.js';
import { connectRole, type Harness, startHarness, tokenRequests } from './support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe('refresh', () => {
  it('200 concurrent calls on an expired access token make exactly one token request', async () => {
    h = await startHarness({ timeScale: 0.0005 }); // access tokens live 0.9 s
    const { connections, events } = h.make();
    await connectRole(h, connections, 'wisepay');
    const first = await connections.connection('wisepay').credentials();
    const stored = await h.store.get('acct-1', 'wisepay');
    await sleep(Math.max(0, stored!.value.accessTokenExpiresAt - Date.now()) + 20); // really expired
    h.sim.control.resetLog();

    const all = await Promise.all(
      Array.from({ length: 200 }, () => connections.connection('wisepay').credentials()),
    );
    expect(tokenRequests(h.sim, 'refresh_token')).toHaveLength(1);
    expect(new Set(all.map((c) => c.accessToken)).size).toBe(1);
    expect(all[0]!.accessToken).not.toBe(first.accessToken);
    // Persisted before it was handed out.
    expect((await h.store.get('acct-1', 'wisepay'))?.value.accessToken).toBe(all[0]!.accessToken);
    expect(events.named('tokens:refreshed')).toHaveLength(2); // connect + one refresh
  });

  it('200 concurrent rejections of one access token make exactly one token request', async () => {
    h = await startHarness();
    const { connections } = h.make();
    await connectRole(h, connections, 'company');
    const before = await connections.connection('company').credentials();
    h.sim.control.expireAccessTokens();
    h.sim.control.resetLog();
    const all = await Promise.all(
      Array.from({ length: 200 }, () =>
        connections.connection('company').refreshAfterRejection(before.accessToken),
      ),
    );
    expect(tokenRequests(h.sim)).toHaveLength(1);
    expect(new Set(all.map((c) => c.accessToken)).size).toBe(1);
    expect(await connections.validateToken('company')).toMatchObject({ valid: true });
  });

  it('a lost refresh response is recovered through the grace period, without a reconnect', async () => {
    h = await startHarness();
    const { connections, events } = h.make();
    await connectRole(h, connections, 'wisepay');
    const before = await h.store.get('acct-1', 'wisepay');
    h.sim.control.resetLog();
    h.sim.control.loseNextTokenResponse();

    const creds = await connections.connection('wisepay').refreshAfterRejection(before!.value.accessToken);
    const log = tokenRequests(h.sim, 'refresh_token');
    expect(log).toHaveLength(2); // the lost one, then the retry with the same refresh token
    expect(log.map((e) => e.status)).toEqual([200, 200]);
    const after = await h.store.get('acct-1', 'wisepay');
    expect(after?.value.refreshToken).not.toBe(before?.value.refreshToken);
    expect(after?.value.accessToken).toBe(creds.accessToken);
    expect(events.named('connection:broken')).toEqual([]);
    expect(await connections.validateToken('wisepay')).toMatchObject({ valid: true });
  });

  it('a lost refresh response not retried within the grace period breaks the connection, with a reason', async () => {
    // No retries: the rotated token is lost for good, and the old one outlives its grace (0.9 s here).
    h = await startHarness({ timeScale: 0.0005, settings: { refreshRetries: 0 } });
    const { connections, events } = h.make();
    await connectRole(h, connections, 'wisepay');
    const before = await connections.connection('wisepay').credentials();
    h.sim.control.loseNextTokenResponse();
    const lost = await h.witness.rejection(
      connections.connection('wisepay').refreshAfterRejection(before.accessToken),
    );
    expect(lost).toBeInstanceOf(XeroUnavailableError);
    expect(connections.connection('wisepay').health()).toBe('degraded');
    expect(events.named('connection:broken')).toEqual([]);

    await sleep(1000);
    const broken = await h.witness.rejection(
      connections.connection('wisepay').refreshAfterRejection(before.accessToken),
    );
    expect(broken).toBeInstanceOf(ConnectionBrokenError);
    expect((broken as ConnectionBrokenError).reason).toBe('revoked');
    expect(events.named('connection:broken')).toEqual([
      expect.objectContaining({
        role: 'wisepay',
        reason: 'revoked',
        message: expect.stringMatching(
          /^The Wise-Pay connection to Demo Company \(AU\) needs to be reconnected: /,
        ),
      }),
    ]);
    expect((await h.store.get('acct-1', 'wisepay'))?.value.broken?.reason).toBe('revoked');
    expect((await connections.status())[0]).toMatchObject({ health: 'broken', connected: false });
  });

  it('two pools sharing one store: after one rotates, the other’s invalid_grant is resolved by re-reading the store', async () => {
    h = await startHarness({ timeScale: 0.0005 });
    const a = h.make();
    await connectRole(h, a.connections, 'service');
    const start = await a.connections.connection('service').credentials();

    // Pool B: another process (its own lock) whose refresh request is held back until after A rotated
    // and the old refresh token's grace ran out.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const gated: IdentityClient = {
      ...h.identity,
      refresh: async (app, token, ctx) => {
        await gate;
        return h!.identity.refresh(app, token, ctx);
      },
    };
    const b = h.make({ identity: gated, refreshLock: new InProcessRefreshLock() });
    const bCall = b.connections.connection('service').refreshAfterRejection(start.accessToken);
    await sleep(50);
    const rotated = await a.connections.connection('service').refreshAfterRejection(start.accessToken);
    await sleep(1000);
    release();
    const bCreds = await bCall;

    const log = tokenRequests(h.sim, 'refresh_token');
    expect(log.map((e) => e.status)).toEqual([200, 400, 200]); // A; B with the stale token; B with A's
    expect(bCreds.accessToken).not.toBe(rotated.accessToken);
    expect((await h.store.get('acct-1', 'service'))?.value.accessToken).toBe(bCreds.accessToken);
    expect(a.events.named('connection:broken')).toEqual([]);
    expect(b.events.named('connection:broken')).toEqual([]);
    expect((await h.store.get('acct-1', 'service'))?.value.broken).toBeUndefined();
    expect(await a.connections.validateToken('service')).toMatchObject({ valid: true });
  });

  it('an identity outage of several minutes never breaks a connection; refreshes resume after it', async () => {
    h = await startHarness();
    const { connections, events } = h.make();
    await connectRole(h, connections, 'wisepay');
    const rejected = (await connections.connection('wisepay').credentials()).accessToken;
    h.sim.control.expireAccessTokens();
    h.sim.control.outage({ identity: true, durationMs: 1500 }); // five scaled minutes
    h.sim.control.resetLog();

    const until = Date.now() + 1300;
    let failures = 0;
    while (Date.now() < until) {
      const error = await h.witness.rejection(
        connections.connection('wisepay').refreshAfterRejection(rejected),
      );
      expect(error).toBeInstanceOf(XeroUnavailableError);
      failures++;
      await sleep(50);
    }
    expect(failures).toBeGreaterThan(10);
    expect(connections.connection('wisepay').health()).toBe('degraded');
    expect(events.named('connection:broken')).toEqual([]);
    expect(events.named('connection:degraded').length).toBeGreaterThan(0);
    // Bounded: the cooldown keeps the token endpoint from being hammered.
    const during = tokenRequests(h.sim).length;
    expect(during).toBeLessThan(failures * 2);

    await sleep(400); // the outage is over (and the cooldown, capped at a scaled minute, too)
    const creds = await connections.connection('wisepay').refreshAfterRejection(rejected);
    expect(creds.accessToken).not.toBe(rejected);
    expect(connections.connection('wisepay').health()).toBe('connected');
    expect(events.named('connection:restored')).toEqual([
      expect.objectContaining({ role: 'wisepay', previous: 'degraded' }),
    ]);
    expect(events.named('connection:broken')).toEqual([]);
    const status = await connections.status();
    expect(status[0]).toMatchObject({ health: 'connected', connected: true, lastError: undefined });
  });

  it('while a refresh fails transiently, a not-yet-expired access token keeps being served', async () => {
    h = await startHarness({ settings: { refreshEarlyMs: 30 * 60_000 } }); // always "due" for refresh
    const { connections } = h.make();
    await connectRole(h, connections, 'company');
    const stored = await h.store.get('acct-1', 'company');
    h.sim.control.outage({ identity: true, durationMs: 300 });
    const creds = await connections.connection('company').credentials();
    expect(creds.accessToken).toBe(stored?.value.accessToken);
    expect(connections.connection('company').health()).toBe('degraded');
  });

  it('keepAlive refreshes only connections idle for keepAliveAfterMs', async () => {
    h = await startHarness({ settings: { keepAliveAfterMs: 60_000 } }); // 300 ms scaled
    const { connections } = h.make();
    await connectRole(h, connections, 'wisepay');
    await connectRole(h, connections, 'company');
    expect(await connections.keepAlive()).toEqual([]);
    await sleep(350);
    await connections
      .connection('company')
      .refreshAfterRejection((await connections.connection('company').credentials()).accessToken);
    h.sim.control.resetLog();
    expect(await connections.keepAlive()).toEqual(['wisepay']);
    expect(tokenRequests(h.sim)).toHaveLength(1);
  });
});
