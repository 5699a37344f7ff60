/**
 * Xero's `Idempotency-Key` on PUT/POST: a replay of the same request within the retention window gets the
 * first response back and the work is not done again; the same key on a different request is a 400.
 * Keys expire lazily (checked on use, pruned from the oldest end): no timers.
 */
import { createHash } from 'node:crypto';
import type { AccountingRequest, AccountingResponse } from './contract.js';
import { requestValidationError } from './responses.js';

/** Xero keeps keys for about 6 minutes [2nd]; the server passes this × its time scale. */
export const DEFAULT_IDEMPOTENCY_RETENTION_MS = 360_000;
export const MAX_IDEMPOTENCY_KEY_LENGTH = 128;

interface StoredResponse {
  fingerprint: string;
  response: AccountingResponse;
  expiresAt: number;
}

export interface IdempotencyStore {
  /**
   * Runs `work` unless this key was already used: then returns the stored response (same request) or a
   * 400 (different request). Requests without the header just run.
   */
  run(req: AccountingRequest, retentionMs: number, work: () => AccountingResponse): AccountingResponse;
  /** Live keys, for tests and the control API. */
  size(now: number): number;
}

export function createIdempotencyStore(): IdempotencyStore {
  // Insertion order ≈ expiry order (retention rarely changes), so pruning stops at the first live entry;
  // an entry that outlived a shorter successor is still caught by the expiry check on lookup.
  const entries = new Map<string, StoredResponse>();

  const prune = (now: number): void => {
    for (const [key, entry] of entries) {
      if (entry.expiresAt > now) break;
      entries.delete(key);
    }
  };

  return {
    run(req, retentionMs, work) {
      const key = req.headers['idempotency-key'];
      if (key === undefined) return work();
      if (key.length === 0 || key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
        return requestValidationError(
          `Idempotency-Key must be 1 to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters long (got ${key.length})`,
        );
      }
      prune(req.now);
      // The model serves one tenant; the tenant stays in the key so a shared store would stay correct.
      const scope = `${req.clientId}\u0000${req.tenantId}\u0000${key}`;
      const fingerprint = fingerprintOf(req);
      const previous = entries.get(scope);
      if (previous !== undefined && previous.expiresAt > req.now) {
        if (previous.fingerprint !== fingerprint) {
          return requestValidationError(
            `Idempotency-Key '${key}' was already used for a different request (method, path, query or body differ); use a new key for a new request`,
          );
        }
        return structuredClone(previous.response);
      }
      const response = work();
      entries.delete(scope);
      entries.set(scope, {
        fingerprint,
        response: structuredClone(response),
        expiresAt: req.now + retentionMs,
      });
      return response;
    },
    size(now) {
      prune(now);
      let live = 0;
      for (const entry of entries.values()) if (entry.expiresAt > now) live++;
      return live;
    },
  };
}

function fingerprintOf(req: AccountingRequest): string {
  const query = [...req.query].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const hash = createHash('sha256').update(
    `${req.method}\n${req.path.toLowerCase()}\n${JSON.stringify(query)}\n${JSON.stringify(req.body ?? null)}`,
  );
  // An attachment's bytes (and its content type) are part of the request: a different file is a different one.
  if (req.rawBody !== undefined) hash.update(`\n${req.headers['content-type'] ?? ''}\n`).update(req.rawBody);
  return hash.digest('base64url');
}
