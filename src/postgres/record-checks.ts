import { InvalidArgumentError } from '../errors/configuration-error.js';
import { isRole, ROLES } from '../roles.js';
import type { PendingAuthorization } from '../stores/pending-authorization-store.js';
import type { StoredConnection } from '../stores/token-store.js';

type Issue = { path: string; message: string };

/** Checks an account id (and a role, when given) before any statement: bad input writes nothing. */
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

const REQUIRED_STRINGS = ['accountId', 'clientId', 'tenantId', 'accessToken', 'refreshToken'] as const;
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

/** A state from a callback URL is attacker-controlled: bound its size before it reaches a statement. */
export function validState(state: unknown): state is string {
  return typeof state === 'string' && state.length > 0 && state.length <= 512;
}

export function checkPending(pending: PendingAuthorization): void {
  const issues: Issue[] = [];
  if (!validState(pending?.state))
    issues.push({ path: 'state', message: 'must be a string of 1-512 characters' });
  for (const field of ['accountId', 'clientId', 'redirectUri', 'codeVerifier'] as const) {
    if (typeof pending?.[field] !== 'string' || pending[field] === '') {
      issues.push({ path: field, message: 'must be a non-empty string' });
    }
  }
  if (typeof pending?.nonce !== 'string') issues.push({ path: 'nonce', message: 'must be a string' });
  if (!isRole(pending?.role)) issues.push({ path: 'role', message: `must be one of ${ROLES.join(', ')}` });
  if (typeof pending?.expiresAt !== 'number' || !Number.isFinite(pending.expiresAt)) {
    issues.push({ path: 'expiresAt', message: 'must be epoch ms' });
  }
  if (issues.length > 0) {
    throw new InvalidArgumentError(
      `Invalid pending authorization: ${issues.map((i) => `${i.path} ${i.message}`).join('; ')}`,
      issues,
    );
  }
}
