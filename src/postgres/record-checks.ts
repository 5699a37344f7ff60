import { InvalidArgumentError } from '../errors/configuration-error.js';
import { isRole, ROLES } from '../roles.js';
import type { PendingAuthorization } from '../stores/pending-authorization-store.js';

type Issue = { path: string; message: string };

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
