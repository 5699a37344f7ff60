import type { Role } from '../roles.js';

/** The key of one stored connection, for maps and lock names. */
export function recordKey(accountId: string, role: Role): string {
  return `${accountId.length}:${accountId}:${role}`;
}
