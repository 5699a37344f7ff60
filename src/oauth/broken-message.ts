import type { BrokenReason } from '../errors/connection-errors.js';
import { ROLE_INFO, type Role } from '../roles.js';

/**
 * One reason per evidence, one message per reason:
 * - `revoked`: Xero refused the refresh token (`invalid_grant`, after re-reading the store showed no
 *   newer token of ours);
 * - `refresh_token_expired`: the same refusal after 60 days without a refresh;
 * - `tenant_disconnected`: the organisation is gone from `GET /connections`; the refresh token still
 *   works (or could not be tried). Xero shows a disconnection in Xero and the removal of the connecting
 *   user alike, so the message names both;
 * - `custom_connection_refused`: Xero refused a custom connection's client_credentials token request.
 */
const REVOKED =
  'Xero no longer accepts its refresh token (access was revoked, or the token was replaced or used elsewhere).';
const TENANT_DISCONNECTED =
  'the organisation is no longer connected (the app was disconnected in Xero, or the user who connected it was removed from the organisation or lost access to it).';

const WHY: Readonly<Record<BrokenReason, string>> = {
  revoked: REVOKED,
  refresh_token_expired: 'its refresh token expired after 60 days without use.',
  tenant_disconnected: TENANT_DISCONNECTED,
  custom_connection_refused:
    'Xero refused a token for its custom connection (it was disconnected or deactivated in Xero, is no longer paid for, or its client secret changed).',
  // Reasons recorded by earlier versions (still found in stores): read as their successors below.
  invalid_grant: REVOKED,
  tenant_not_authorised: TENANT_DISCONNECTED,
};

/** Reasons earlier versions recorded for the same evidence, mapped to the one reason reported now. */
const SUCCESSOR: Readonly<Partial<Record<BrokenReason, BrokenReason>>> = {
  invalid_grant: 'revoked',
  tenant_not_authorised: 'tenant_disconnected',
};

/** The dashboard notification for a broken connection, e.g. "The Company connection to Demo Company (AU) needs to be reconnected: …". */
export function brokenMessage(
  role: Role,
  multiConnection: boolean,
  organisation: string,
  reason: BrokenReason,
): string {
  const label = multiConnection ? ROLE_INFO[role].label : 'Xero';
  return `The ${label} connection to ${organisation} needs to be reconnected: ${WHY[currentReason(reason)]}`;
}

export function isBrokenReason(value: unknown): value is BrokenReason {
  return typeof value === 'string' && Object.hasOwn(WHY, value);
}

/**
 * The reason to report for a stored one: a reason an earlier version recorded becomes the one this
 * version records for the same evidence; anything unknown is a refused refresh token.
 */
export function currentReason(stored: unknown): BrokenReason {
  if (!isBrokenReason(stored)) return 'revoked';
  return SUCCESSOR[stored] ?? stored;
}

/**
 * The reason and message to report for a stored broken flag: as stored, except that a flag an earlier
 * version recorded under a retired reason is reported under its successor, with that reason's message.
 */
export function reportedBroken(
  connection: { role: Role; tenantName: string; broken?: { reason: string; message: string } | undefined },
  multiConnection: boolean,
): { reason: BrokenReason; message: string } | undefined {
  const broken = connection.broken;
  if (broken === undefined) return undefined;
  const reason = currentReason(broken.reason);
  if (reason === broken.reason) return { reason, message: broken.message };
  return { reason, message: brokenMessage(connection.role, multiConnection, connection.tenantName, reason) };
}
