import { afterEach, describe, expect, it } from 'vitest';
import { XeroConnections } from '../../src/host.js';
import { MemoryPendingAuthorizationStore } from '../../src/stores/memory-pending-authorization-store.js';
import { MemoryTokenStore } from '../../src/stores/memory-token-store.js';
import { DEMO_TENANT_ID, simulatorHostOptions } from '../../src/testing/index.js';
import { type PoolWorld, startPoolWorld } from './support/pool-world.js';

let world: PoolWorld | undefined;
let other: XeroConnections | undefined;
afterEach(async () => {
  await other?.close();
  await world?.close();
  other = undefined;
  world = undefined;
});

describe('host option pendingAuthorizations', () => {
  it('lets a callback land on another host (process) that shares the pending store and the token store', async () => {
    const pendingAuthorizations = new MemoryPendingAuthorizationStore();
    const store = new MemoryTokenStore();
    world = await startPoolWorld({ timeScale: 0.005, host: { pendingAuthorizations, store } });
    other = new XeroConnections({
      ...simulatorHostOptions(world.sim),
      pendingAuthorizations,
      store,
    });

    // Host A starts the connect; the browser's callback reaches host B.
    const { authorizationUrl } = await world.host
      .pool({ accountId: 'acct-1', apps: 'wisepay' })
      .beginConnect('wisepay');
    const redirect = await world.sim.control.approveConsent(authorizationUrl, {
      tenantIds: [DEMO_TENANT_ID],
    });
    other.pool({ accountId: 'acct-1', apps: 'wisepay' });
    const result = await other.completeConnect(redirect);

    expect(result).toMatchObject({ status: 'connected', accountId: 'acct-1', tenantId: DEMO_TENANT_ID });
    const rows = await world.host.pool({ accountId: 'acct-1', apps: 'wisepay' }).status();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ connected: true, organisation: 'Demo Company (AU)' });
    // Single use: the same callback on host A is refused, and stores nothing new.
    await expect(world.host.completeConnect(redirect)).rejects.toMatchObject({
      code: 'ERR_AUTHORIZATION_CALLBACK',
    });
  });

  it('host.close() leaves a caller-supplied pending store open', async () => {
    let closed = 0;
    const pendingAuthorizations = new MemoryPendingAuthorizationStore();
    pendingAuthorizations.close = async () => {
      closed++;
    };
    world = await startPoolWorld({ timeScale: 0.005, host: { pendingAuthorizations } });
    await world.host.close();
    expect(closed).toBe(0);
  });
});
