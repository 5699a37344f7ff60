import { randomUUID } from 'node:crypto';
import { InvalidArgumentError } from '../errors/configuration-error.js';

/** Xero accepts keys up to 128 characters. */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 128;
/** A batch write's key leaves room for the `:chunkIndex` suffix. */
export const MAX_BATCH_IDEMPOTENCY_KEY_LENGTH = 120;

/**
 * The key of one logical write: the caller's, or a fresh UUID. Made ONCE per write and sent on every
 * attempt, so a retry after a lost response is recognised by Xero instead of creating a second record.
 * `false` opts out (the write is then never retried after a failure that may have reached Xero).
 */
export function idempotencyKeyFor(
  method: string,
  requested: string | false | undefined,
  maxLength = MAX_IDEMPOTENCY_KEY_LENGTH,
): string | undefined {
  const m = method.toUpperCase();
  if (m !== 'PUT' && m !== 'POST' && m !== 'PATCH') return undefined;
  if (requested === false) return undefined;
  if (requested === undefined) return randomUUID();
  if (requested.length === 0 || requested.length > maxLength) {
    throw new InvalidArgumentError(`idempotencyKey must be 1–${maxLength} characters`, [
      { path: 'idempotencyKey', message: `length ${requested.length}` },
    ]);
  }
  return requested;
}

/** The key of one chunk of a batch write: stable per (logical write, chunk index). */
export function chunkIdempotencyKey(key: string | undefined, chunkIndex: number): string | undefined {
  return key === undefined ? undefined : `${key}:${chunkIndex}`;
}
