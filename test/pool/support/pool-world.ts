import { XeroConnections } from '../../../src/host.js';
import type { XeroConnectionsOptions } from '../../../src/options.js';
import type { ConnectionPool } from '../../../src/pool/connection-pool.js';
import type { Role } from '../../../src/roles.js';
import {
  DEMO_TENANT_ID,
  seededAppOptions,
  simulatorHostOptions,
  startXeroSimulator,
  type XeroSimulator,
  type XeroSimulatorOptions,
} from '../../../src/testing/index.js';

/** The default seed's apps (`wisepay`, `company`, `service`, `starter`) as XeroAppOptions. */
export const SIM_APP_OPTIONS = seededAppOptions();

export interface LogLine {
  level: string;
  message: string;
  fields?: Record<string, unknown>;
}

export interface PoolWorld {
  sim: XeroSimulator;
  host: XeroConnections;
  logs: LogLine[];
  close(): Promise<void>;
}

/** A simulator and a host pointed at it, with every log line captured. */
export async function startPoolWorld(options: {
  timeScale: number;
  window?: 'rolling' | 'fixed';
  sim?: Omit<XeroSimulatorOptions, 'timeScale' | 'window'>;
  host?: Partial<XeroConnectionsOptions>;
}): Promise<PoolWorld> {
  const sim = await startXeroSimulator({
    timeScale: options.timeScale,
    window: options.window ?? 'rolling',
    ...options.sim,
  });
  const logs: LogLine[] = [];
  const capture =
    (level: string) =>
    (message: string, fields?: Record<string, unknown>): void => {
      logs.push({ level, message, ...(fields ? { fields } : {}) });
    };
  const host = new XeroConnections({
    ...simulatorHostOptions(sim),
    logger: {
      debug: capture('debug'),
      info: capture('info'),
      warn: capture('warn'),
      error: capture('error'),
    },
    ...options.host,
  });
  return {
    sim,
    host,
    logs,
    async close() {
      await host.close();
      await sim.close();
    },
  };
}

/** The real connect flow: beginConnect → the simulator's scripted consent → completeConnect. */
export async function connect(
  world: PoolWorld,
  pool: ConnectionPool,
  role: Role,
  tenantIds: string[] = [DEMO_TENANT_ID],
): Promise<void> {
  const { authorizationUrl } = await pool.beginConnect(role);
  const redirect = await world.sim.control.approveConsent(authorizationUrl, { tenantIds });
  const result = await world.host.completeConnect(redirect);
  if (result.status !== 'connected') throw new Error(`connect ended in ${result.status}`);
}
