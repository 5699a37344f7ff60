import { XeroConnections } from '../../../src/host.js';
import type { ConnectionPool } from '../../../src/index.js';
import { MemoryTokenStore } from '../../../src/stores/memory-token-store.js';
import type { TokenStore } from '../../../src/stores/token-store.js';
import {
  DEMO_TENANT_ID,
  simulatorHostOptions,
  startXeroSimulator,
  type XeroSimulator,
} from '../../../src/testing/index.js';

/** A simulator and a host on it, over real HTTP: accounts connect through the real code flow. */
export interface HostWorld {
  sim: XeroSimulator;
  host: XeroConnections;
  store: TokenStore;
  /** Connects an account's single (wisepay-app) connection as `userId` to `tenantId`. */
  connect(accountId: string, as?: { userId?: string; tenantId?: string }): Promise<ConnectionPool>;
  close(): Promise<void>;
}

export async function startHostWorld(
  options: {
    timeScale?: number;
    store?: TokenStore;
    oauth?: ConstructorParameters<typeof XeroConnections>[0]['oauth'];
  } = {},
): Promise<HostWorld> {
  const sim = await startXeroSimulator({ timeScale: options.timeScale ?? 0.005 });
  const store = options.store ?? new MemoryTokenStore();
  const host = new XeroConnections({
    ...simulatorHostOptions(sim),
    store,
    ...(options.oauth === undefined ? {} : { oauth: options.oauth }),
  });
  return {
    sim,
    host,
    store,
    async connect(accountId, as = {}) {
      const pool = host.pool({ accountId, apps: 'wisepay' });
      const { authorizationUrl } = await pool.beginConnect('wisepay');
      const callback = await sim.control.approveConsent(authorizationUrl, {
        userId: as.userId ?? 'user-1',
        tenantIds: [as.tenantId ?? DEMO_TENANT_ID],
      });
      const result = await host.completeConnect(callback);
      if (result.status !== 'connected') throw new Error(`connect of ${accountId} ended ${result.status}`);
      return pool;
    },
    async close() {
      await host.close();
      await store.close?.();
      await sim.close();
    },
  };
}
