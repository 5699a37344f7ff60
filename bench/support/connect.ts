import type { XeroConnections } from '../../src/host.js';
import type { ConnectionPool } from '../../src/pool/connection-pool.js';
import type { Role } from '../../src/roles.js';
import type { SimulatorChild } from './simulator-child.js';

export const SIM_APPS = {
  wisepay: {
    clientId: 'wisepay-client',
    clientSecret: 'wisepay-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
  company: {
    clientId: 'company-client',
    clientSecret: 'company-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
  service: {
    clientId: 'service-client',
    clientSecret: 'service-secret',
    redirectUri: 'http://127.0.0.1/callback',
  },
};

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
