import type { XeroLimits } from '../../../src/limits/limits-engine.js';
import { createLocalLimitsEngine, type LocalLimitsEngine } from '../../../src/limits/local-limits-engine.js';
import type { Logger } from '../../../src/logger.js';
import { DEFAULT_LIMITS } from '../../../src/options.js';
import { RoleClient, type XeroRoleClient } from '../../../src/pool/role-client.js';
import type { XeroSimulator } from '../../../src/testing/index.js';
import { createTimeScale } from '../../../src/time-scale.js';
import { CallPipeline, type CallSubject } from '../../../src/xero/call-pipeline.js';
import { type CallStats, createCallStats } from '../../../src/xero/call-stats.js';
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

/** A subject with plain tokens and a refresh hook backed by the simulator's token endpoint. */
export function tokenSubject(
  sim: XeroSimulator,
  app: SimAppCredentials,
  tenantId: string,
  tokens: SimTokens,
  extra: Partial<CallSubject> & { stats?: CallStats } = {},
): CallSubject & { tokens: SimTokens; stats: CallStats; reports: string[] } {
  const state = { tokens };
  const reports: string[] = [];
  return {
    accountId: 'acct-test',
    callRole: 'wisepay',
    priority: 'interactive',
    mayUseReserve: true,
    stats: extra.stats ?? createCallStats(),
    reports,
    get tokens() {
      return state.tokens;
    },
    credentials: async () => ({
      clientId: app.clientId,
      tenantId,
      accessToken: state.tokens.accessToken,
      connectionRole: 'wisepay',
    }),
    refreshAfterRejection: async () => {
      reports.push('refresh');
      state.tokens = await refreshTokens(sim, app, state.tokens.refreshToken);
      return {
        clientId: app.clientId,
        tenantId,
        accessToken: state.tokens.accessToken,
        connectionRole: 'wisepay',
      };
    },
    reportSuccess: () => reports.push('success'),
    reportTransientFailure: (e) => reports.push(`transient:${e.name}`),
    reportTenantNotAuthorised: async (e) => {
      reports.push(`tenant:${e.name}`);
    },
    ...extra,
  };
}

/** A role client over the bare pipeline (no pool, no OAuth lifecycle). */
export function roleClient(harness: Harness, subject: CallSubject, timeoutMs = 5000): XeroRoleClient {
  return new RoleClient(subject.callRole ?? 'wisepay', subject.priority, {
    defaultTimeoutMs: timeoutMs,
    send: (_role, priority, request, options) =>
      harness.pipeline.execute({ ...subject, priority }, request, options),
  });
}
