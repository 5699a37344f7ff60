import { inspect } from 'node:util';
import { InvalidArgumentError } from '../errors/configuration-error.js';
import { StoreError } from '../errors/infrastructure-errors.js';
import { isRole } from '../roles.js';
import type {
  PendingAuthorization,
  PendingAuthorizationStore,
} from '../stores/pending-authorization-store.js';
import type { RecordCodec } from './record-codec.js';
import type { RedisConnection } from './redis-connection.js';
import type { RedisKeys } from './redis-keys.js';

export interface RedisPendingAuthorizationStoreOptions {
  connection: RedisConnection;
  keys: RedisKeys;
  codec: RecordCodec;
  /** How long an expired authorization is still remembered (to report "expired", not "unknown"), in ms. */
  retainExpiredMs: number;
}

/**
 * Pending authorizations shared by every process, so a callback may land on any of them. Each lives in
 * its own key that expires after its `expiresAt` plus the retention; `take` is GETDEL, so a `state` can be
 * consumed once, by one process.
 */
export class RedisPendingAuthorizationStore implements PendingAuthorizationStore {
  // #private: the connection holds the Redis URL (and its password); util.inspect must not show it.
  readonly #options: RedisPendingAuthorizationStoreOptions;

  constructor(options: RedisPendingAuthorizationStoreOptions) {
    this.#options = options;
  }

  [inspect.custom](): string {
    return 'RedisPendingAuthorizationStore {}';
  }

  toJSON(): Record<string, never> {
    return {};
  }

  async save(pending: PendingAuthorization): Promise<void> {
    checkPending(pending);
    const ttl = Math.max(1, Math.ceil(pending.expiresAt - Date.now() + this.#options.retainExpiredMs));
    const key = this.#options.keys.pendingAuthorization(pending.state);
    const data = this.#options.codec.encode(JSON.stringify(pending), context(pending.state));
    await this.#options.connection.run('pending authorization save', (c) => c.set(key, data, 'PX', ttl));
  }

  async peek(
    state: string,
  ): Promise<Pick<PendingAuthorization, 'state' | 'accountId' | 'role' | 'expiresAt'> | null> {
    if (!validState(state)) return null;
    const key = this.#options.keys.pendingAuthorization(state);
    const data = await this.#options.connection.run('pending authorization peek', (c) => c.get(key));
    if (data === null) return null;
    const found = this.#decode(data, state);
    return { state: found.state, accountId: found.accountId, role: found.role, expiresAt: found.expiresAt };
  }

  async take(state: string): Promise<PendingAuthorization | null> {
    if (!validState(state)) return null;
    const key = this.#options.keys.pendingAuthorization(state);
    const data = await this.#options.connection.run('pending authorization take', (c) => c.getdel(key));
    return data === null ? null : this.#decode(data, state);
  }

  #decode(data: string, state: string): PendingAuthorization {
    try {
      const parsed = parseRecord(this.#options.codec.decode(data, context(state)));
      if (parsed.state !== state) throw new Error('state mismatch');
      return parsed;
    } catch (error) {
      throw new StoreError(
        'A pending authorization could not be read (corrupt, or encrypted with an unknown key)',
        {
          cause: error,
        },
      );
    }
  }
}

/** The codec's errors name the problem, never the record; JSON.parse's do not, hence a fixed one here. */
function parseRecord(json: string): PendingAuthorization {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    // Not the SyntaxError itself: V8 quotes the input around the failure, here a PKCE verifier or nonce.
    throw new Error('the pending authorization is not valid JSON');
  }
  if (typeof parsed !== 'object' || parsed === null)
    throw new Error('the pending authorization is not an object');
  return parsed as PendingAuthorization;
}

function context(state: string): string {
  return `xero-connections/redis/pending/${state}`;
}

/** A state from a callback URL is attacker-controlled: bound its size before it becomes a key. */
function validState(state: unknown): state is string {
  return typeof state === 'string' && state.length > 0 && state.length <= 512;
}

function checkPending(pending: PendingAuthorization): void {
  const issues: Array<{ path: string; message: string }> = [];
  if (!validState(pending?.state))
    issues.push({ path: 'state', message: 'must be a string of 1-512 characters' });
  for (const field of ['accountId', 'clientId', 'redirectUri', 'codeVerifier'] as const) {
    if (typeof pending?.[field] !== 'string' || pending[field] === '') {
      issues.push({ path: field, message: 'must be a non-empty string' });
    }
  }
  if (typeof pending?.nonce !== 'string') issues.push({ path: 'nonce', message: 'must be a string' });
  if (!isRole(pending?.role)) issues.push({ path: 'role', message: 'must be a role' });
  if (typeof pending?.expiresAt !== 'number' || !Number.isFinite(pending.expiresAt)) {
    issues.push({ path: 'expiresAt', message: 'must be epoch ms' });
  }
  if (issues.length > 0) {
    throw new InvalidArgumentError(
      `Invalid pending authorization: ${issues.map((i) => i.path).join(', ')}`,
      issues,
    );
  }
}
