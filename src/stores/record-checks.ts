import { InvalidArgumentError } from '../errors/configuration-error.js';
import { isRole, ROLES } from '../roles.js';
import type { StoredConnection } from './token-store.js';

/**
 * Argument and record checks the shared token stores (Redis, PostgreSQL) make before any command, so bad
 * input gets a typed error naming each field and writes nothing.
 */
type Issue = { path: string; message: string };

/** An account id (and a role, when given). */
export function checkIds(accountId: unknown, role?: unknown): void {
  const issues: Issue[] = [];
  if (typeof accountId !== 'string' || accountId.trim() === '') {
    issues.push({ path: 'accountId', message: 'must be a non-empty string' });
  }
  if (role !== undefined && !isRole(role)) {
    issues.push({ path: 'role', message: `must be one of ${ROLES.join(', ')}` });
  }
  if (issues.length > 0) {
    throw new InvalidArgumentError(
      `Invalid token store argument: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      issues,
    );
  }
}

/** A compare-and-set expectation: null (only if absent) or a version ≥ 1. */
export function checkExpectedVersion(expectedVersion: unknown): void {
  if (
    expectedVersion !== null &&
    !(Number.isSafeInteger(expectedVersion) && (expectedVersion as number) >= 1)
  ) {
    throw new InvalidArgumentError('expectedVersion must be null or an integer ≥ 1', [
      { path: 'expectedVersion', message: `got ${String(expectedVersion)}` },
    ]);
  }
}

const REQUIRED_STRINGS = ['accountId', 'clientId', 'tenantId', 'accessToken'] as const;
const REQUIRED_NUMBERS = ['accessTokenExpiresAt', 'refreshedAt', 'connectedAt'] as const;

/** The minimal shape a record must have; a malformed record would break every later reader. */
export function checkRecord(value: StoredConnection): void {
  if (typeof value !== 'object' || value === null) {
    throw new InvalidArgumentError('A stored connection must be an object', [
      { path: '(root)', message: 'not an object' },
    ]);
  }
  const issues: Issue[] = [];
  for (const field of REQUIRED_STRINGS) {
    if (typeof value[field] !== 'string' || value[field] === '') {
      issues.push({ path: field, message: 'must be a non-empty string' });
    }
  }
  // Empty for a custom connection (client_credentials): it has no refresh token.
  if (typeof value.refreshToken !== 'string') {
    issues.push({ path: 'refreshToken', message: 'must be a string' });
  }
  for (const field of REQUIRED_NUMBERS) {
    if (typeof value[field] !== 'number' || !Number.isFinite(value[field])) {
      issues.push({ path: field, message: 'must be a finite number (epoch ms)' });
    }
  }
  if (!isRole(value.role)) issues.push({ path: 'role', message: `must be one of ${ROLES.join(', ')}` });
  if (!Array.isArray(value.scopes)) issues.push({ path: 'scopes', message: 'must be an array' });
  if (issues.length > 0) {
    throw new InvalidArgumentError(
      `Invalid stored connection: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      issues,
      typeof value.accountId === 'string' ? { accountId: value.accountId } : {},
    );
  }
}
