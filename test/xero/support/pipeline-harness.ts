import type { CallConnection, CallCredentials } from '../../../src/contracts/call.js';
import { type CallStats, createCallStats } from '../../../src/contracts/call-stats.js';
import type { PoolEventSink } from '../../../src/contracts/events.js';
import type { XeroLimits } from '../../../src/limits/limits-engine.js';
import { createLocalLimitsEngine, type LocalLimitsEngine } from '../../../src/limits/local-limits-engine.js';
import type { Logger } from '../../../src/logger.js';
import { DEFAULT_LIMITS } from '../../../src/options.js';
import { RoleClient, type XeroRoleClient } from '../../../src/pool/role-client.js';
import type { XeroSimulator } from '../../../src/testing/index.js';
import { createTimeScale } from '../../../src/time-scale.js';
import { CallPipeline } from '../../../src/xero/call-pipeline.js';
import { HttpTransport } from '../../../src/xero/http-transport.js';
import { refreshTokens, type SimAppCredentials, type SimTokens } from './sim-tokens.js';

export interface Harness {
  pipeline: CallPipeline;
  limits: LocalLimitsEngine;
  transport: HttpTransport;
  logs: Array<{ level: string; message: string; fields?: Record<string, unknown> }>;
  close(): Promise<void>;
}

export function createHarness(
  sim: XeroSimulator,
  options: {
    timeScale: number;
    limits?: Partial<XeroLimits>;
    interactiveReserve?: number;
    maxRetries?: number;
    rateLimitRetries?: number;
  },
): Harness {
  const timeScale = createTimeScale(options.timeScale);
  const logs: Harness['logs'] = [];
  const logger: Logger = {
    debug: (message, fields) => logs.push({ level: 'debug', message, ...(fields ? { fields } : {}) }),
    info: (message, fields) => logs.push({ level: 'info', message, ...(fields ? { fields } : {}) }),
    warn: (message, fields) => logs.push({ level: 'warn', message, ...(fields ? { fields } : {}) }),
    error: (message, fields) => logs.push({ level: 'error', message, ...(fields ? { fields } : {}) }),
  };
  const limits = createLocalLimitsEngine({
    limitsFor: () => ({ ...DEFAULT_LIMITS, ...options.limits }),
    timeScale,
    interactiveReserve: options.interactiveReserve ?? 0,
    logger,
  });
  const transport = new HttpTransport();
  const pipeline = new CallPipeline({
    transport,
    limits,
    logger,
    timeScale,
    apiUrl: sim.apiUrl,
    retry: {
      maxRetries: options.maxRetries ?? 4,
      baseDelayMs: 1000,
      maxDelayMs: 60_000,
      rateLimitRetries: options.rateLimitRetries ?? 3,
    },
  });
  return {
    pipeline,
    limits,
    transport,
    logs,
    async close() {
      await limits.close();
      transport.close();
    },
  };
}

/** A connection with plain tokens and a refresh hook backed by the simulator's token endpoint; tests may swap its parts. */
export interface TestConnection extends CallConnection {
  accountId: string | undefined;
  events: PoolEventSink | undefined;
  refreshAfterRejection?: (rejectedAccessToken: string) => Promise<CallCredentials>;
  readonly stats: CallStats;
  readonly tokens: SimTokens;
  /** What the pipeline reported and asked for, in order. */
  readonly reports: string[];
}

export function tokenConnection(
  sim: XeroSimulator,
  app: SimAppCredentials,
  tenantId: string,
  tokens: SimTokens,
): TestConnection {
  const state = { tokens };
  const reports: string[] = [];
  return {
    accountId: 'acct-test',
    role: 'wisepay',
    tenantId: undefined,
    events: undefined,
    stats: createCallStats(),
    reports,
    get tokens() {
      return state.tokens;
    },
    credentials: async () => ({ clientId: app.clientId, tenantId, accessToken: state.tokens.accessToken }),
    refreshAfterRejection: async () => {
      reports.push('refresh');
      state.tokens = await refreshTokens(sim, app, state.tokens.refreshToken);
      return { clientId: app.clientId, tenantId, accessToken: state.tokens.accessToken };
    },
    reportSuccess: () => reports.push('success'),
    reportTransientFailure: (e) => reports.push(`transient:${e.name}`),
    reportTenantNotAuthorised: async (e) => {
      reports.push(`tenant:${e.name}`);
    },
  };
}

/** A wisepay role client over the bare pipeline (no pool, no OAuth lifecycle), on `connection`. */
export function roleClient(harness: Harness, connection: CallConnection, timeoutMs = 5000): XeroRoleClient {
  return new RoleClient('wisepay', 'interactive', {
    defaultTimeoutMs: timeoutMs,
    send: (callRole, priority, request, options) =>
      harness.pipeline.execute({ connection, callRole, priority, mayUseReserve: true }, request, options),
  });
}
