import type { XeroConnections } from '../../src/host.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import type { Role } from '../../src/roles.js';
import { seededAppOptions } from '../../src/testing/index.js';
import type { SimulatorChild } from './simulator-child.js';

/** The default seed's apps (the simulator runs in a child process, so no URLs here). */
export const SIM_APPS = seededAppOptions();

export const THREE_APPS = { wisepay: 'wisepay', company: 'company', service: 'service' } as const;

/** The real connect flow, with the simulator's scripted consent over its control API. */
export async function connect(
  sim: SimulatorChild,
  host: XeroConnections,
  pool: ConnectionPool,
  role: Role,
): Promise<void> {
  const { authorizationUrl } = await pool.beginConnect(role);
  const { redirectUrl } = await sim.control<{ redirectUrl: string }>('approve-consent', { authorizationUrl });
  const result = await host.completeConnect(redirectUrl);
  if (result.status !== 'connected') throw new Error(`connect ended in ${result.status}`);
}
