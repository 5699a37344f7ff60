import { inspect } from 'node:util';
import type { AccountConnections } from '../../../src/contracts/account-connections.js';
import type { PoolEventName, PoolEventSink, PoolEvents } from '../../../src/contracts/events.js';
import type { Logger } from '../../../src/logger.js';
import { redactingLogger } from '../../../src/logger.js';
import {
  createAccountConnections,
  type OAuthSharedOptions,
  resolveOAuthShared,
} from '../../../src/oauth/account-connections.js';
import { ConnectionRouting } from '../../../src/oauth/connection-routing.js';
import { createIdentityClient, type IdentityClient } from '../../../src/oauth/identity-client.js';
import type { OAuthSettings } from '../../../src/oauth/oauth-settings.js';
import { type ResolvedApp, resolveApp } from '../../../src/options.js';
import type { Role } from '../../../src/roles.js';
import { InProcessRefreshLock } from '../../../src/stores/in-process-refresh-lock.js';
import { MemoryPendingAuthorizationStore } from '../../../src/stores/memory-pending-authorization-store.js';
import { MemoryTokenStore } from '../../../src/stores/memory-token-store.js';
import type { PendingAuthorizationStore } from '../../../src/stores/pending-authorization-store.js';
import type { RefreshLock, TokenStore } from '../../../src/stores/token-store.js';
import {
  startXeroSimulator,
  type XeroSimulator,
  type XeroSimulatorOptions,
} from '../../../src/testing/index.js';
import { createTimeScale } from '../../../src/time-scale.js';
import { testConnectionsApi } from './connections-api.js';

/** Every event emitted, in order. */
export class EventRecorder implements PoolEventSink {
  readonly events: Array<{ name: PoolEventName; payload: unknown }> = [];
  emit<K extends PoolEventName>(name: K, payload: PoolEvents[K]): void {
    this.events.push({ name, payload });
  }
  named<K extends PoolEventName>(name: K): Array<PoolEvents[K]> {
    return this.events.filter((e) => e.name === name).map((e) => e.payload as PoolEvents[K]);
  }
}

/** Everything logged and every error seen, as text, for the secrets scan. */
export class SecretsWitness {
  readonly lines: string[] = [];
  readonly logger: Logger;
  constructor() {
    const capture =
      (level: string) =>
      (message: string, fields?: Record<string, unknown>): void => {
        this.lines.push(`${level} ${message} ${fields === undefined ? '' : JSON.stringify(fields)}`);
      };
    this.logger = redactingLogger({
      debug: capture('debug'),
      info: capture('info'),
      warn: capture('warn'),
      error: capture('error'),
    });
  }
  /** Records an error the way a host would log it: message, JSON and inspect (with its cause chain). */
  error(error: unknown): unknown {
    this.lines.push(String((error as Error)?.message), JSON.stringify(error), inspect(error, { depth: 6 }));
    return error;
  }
  /** Resolves to the error a promise rejected with (recorded), or throws if it resolved. */
  async rejection(promise: Promise<unknown>): Promise<unknown> {
    try {
      await promise;
    } catch (error) {
      return this.error(error);
    }
    throw new Error('expected a rejection');
  }
  events(recorder: EventRecorder): void {
    this.lines.push(JSON.stringify(recorder.events));
  }
  /** Secrets seen anywhere in the scenario: tokens stored, codes and verifiers, client secrets. */
  readonly secrets = new Set<string>(Object.values(SIM_APPS).map((a) => a.clientSecret));
  /** Every secret that appears in a log line, an error or an event. */
  leaks(): string[] {
    const text = this.lines.join('\n');
    return [...this.secrets].filter((secret) => secret.length >= 8 && text.includes(secret));
  }
}

/** Wraps a store so every token written is remembered as a secret for the scan. */
export function witnessedStore(store: TokenStore, witness: SecretsWitness): TokenStore {
  return {
    get: (a, r) => store.get(a, r),
    put: (value, expected) => {
      witness.secrets.add(value.accessToken);
      witness.secrets.add(value.refreshToken);
      return store.put(value, expected);
    },
    delete: (a, r, v) => store.delete(a, r, v),
    list: (a) => store.list(a),
    ...(store.listAll === undefined ? {} : { listAll: (o) => store.listAll!(o) }),
    close: async () => store.close?.(),
  };
}

/** Wraps the pending store so verifiers and nonces are remembered as secrets for the scan. */
export function witnessedPending(
  pending: PendingAuthorizationStore,
  witness: SecretsWitness,
): PendingAuthorizationStore {
  return {
    save: (p) => {
      witness.secrets.add(p.codeVerifier);
      if (p.nonce !== '') witness.secrets.add(p.nonce);
      return pending.save(p);
    },
    peek: (state) => pending.peek(state),
    take: (state) => pending.take(state),
  };
}

export const SIM_APPS = {
  wisepay: { clientId: 'wisepay-client', clientSecret: 'wisepay-secret', name: 'Wise-Pay' },
  company: { clientId: 'company-client', clientSecret: 'company-secret', name: 'Wise-Sync' },
  service: { clientId: 'service-client', clientSecret: 'service-secret', name: 'Wise-Pay Services' },
} as const;

export function simApp(role: Role, overrides: Partial<ResolvedApp> = {}): ResolvedApp {
  const a = SIM_APPS[role];
  return {
    ...resolveApp(a.name, {
      clientId: a.clientId,
      clientSecret: a.clientSecret,
      redirectUri: 'http://127.0.0.1:3000/callback',
    }),
    ...overrides,
  };
}

/** Deps to override; `multiConnection` (default on) and `appsByRole` make the account's routing. */
export type MakeOptions = Partial<OAuthSharedOptions> & {
  accountId?: string;
  pinnedTenantId?: string;
  multiConnection?: boolean;
  appsByRole?: Record<Role, ResolvedApp>;
};

export interface Harness {
  sim: XeroSimulator;
  identity: IdentityClient;
  store: TokenStore;
  lock: RefreshLock;
  pending: PendingAuthorizationStore;
  witness: SecretsWitness;
  timeScale: number;
  make(options?: MakeOptions): {
    connections: AccountConnections;
    events: EventRecorder;
    api: ReturnType<typeof testConnectionsApi>;
  };
  close(): Promise<void>;
}

export const TEST_SETTINGS: Partial<OAuthSettings> = {};

export async function startHarness(
  options: {
    timeScale?: number;
    sim?: XeroSimulatorOptions;
    store?: TokenStore;
    settings?: Partial<OAuthSettings>;
  } = {},
): Promise<Harness> {
  const timeScale = options.timeScale ?? 0.005;
  const sim = await startXeroSimulator({ timeScale, ...options.sim });
  const witness = new SecretsWitness();
  const identity = createIdentityClient({
    identityUrl: sim.identityUrl,
    dangerouslyAllowInsecureLoopback: true,
    timeoutMs: 5000,
    logger: witness.logger,
  });
  const store = witnessedStore(options.store ?? new MemoryTokenStore(), witness);
  const lock = new InProcessRefreshLock();
  const pending = witnessedPending(new MemoryPendingAuthorizationStore(), witness);
  const made: EventRecorder[] = [];
  const opened: AccountConnections[] = [];
  return {
    sim,
    identity,
    store,
    lock,
    pending,
    witness,
    timeScale,
    make(makeOptions = {}) {
      const events = new EventRecorder();
      const api = testConnectionsApi(sim.apiUrl);
      made.push(events);
      const {
        multiConnection = true,
        appsByRole,
        accountId = 'acct-1',
        pinnedTenantId,
        ...overrides
      } = makeOptions;
      const routing = new ConnectionRouting(
        multiConnection,
        appsByRole ?? {
          wisepay: simApp('wisepay'),
          company: simApp('company'),
          service: simApp('service'),
        },
      );
      const connections = createAccountConnections(
        { accountId, routing, pinnedTenantId, events },
        resolveOAuthShared({
          store,
          refreshLock: lock,
          pendingAuthorizations: pending,
          identity,
          connectionsApi: api,
          logger: witness.logger,
          timeScale: createTimeScale(timeScale),
          settings: { ...options.settings },
          ...overrides,
        }),
      );
      opened.push(connections);
      return { connections, events, api };
    },
    /** Closes everything, then fails if any secret of the scenario reached a log line, error or event. */
    async close() {
      await Promise.all(opened.map((c) => c.close()));
      identity.close();
      await store.close?.();
      await sim.close();
      for (const events of made) witness.events(events);
      const leaks = witness.leaks();
      if (leaks.length > 0) throw new Error(`${leaks.length} secret(s) leaked into logs, errors or events`);
      if (witness.secrets.size < 4) throw new Error('the secrets scan saw too few secrets to mean anything');
    },
  };
}

/** Runs the scripted consent for `role` and completes the connect; the code joins the secrets scan. */
export async function connectRole(
  h: Pick<Harness, 'sim' | 'witness'>,
  connections: AccountConnections,
  role: Role,
  consent: { userId?: string; tenantIds?: string[] } = {},
) {
  const callback = await consentCallback(h, connections, role, consent);
  return connections.completeConnect(callback);
}

/** Begins a connect and approves it on the simulator's consent; resolves to the callback URL. */
export async function consentCallback(
  h: Pick<Harness, 'sim' | 'witness'>,
  connections: AccountConnections,
  role: Role,
  consent: { userId?: string; tenantIds?: string[] } = {},
): Promise<string> {
  const begun = await connections.beginConnect(role);
  const callback = await h.sim.control.approveConsent(begun.authorizationUrl, consent);
  const code = new URL(callback).searchParams.get('code');
  if (code !== null) h.witness.secrets.add(code);
  return callback;
}

/** Token-endpoint requests in the simulator's log (optionally one grant type). */
export function tokenRequests(sim: XeroSimulator, grantType?: string) {
  return sim.control
    .requestLog()
    .filter((e) => e.endpoint === 'token' && (grantType === undefined || e.grantType === grantType));
}
