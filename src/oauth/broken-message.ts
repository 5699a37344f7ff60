import type { BrokenReason } from '../errors/connection-errors.js';
import { ROLE_INFO, type Role } from '../roles.js';

const WHY: Readonly<Record<BrokenReason, string>> = {
  invalid_grant:
    'Xero no longer accepts its refresh token (access was revoked in Xero, or the token was replaced or used elsewhere).',
  refresh_token_expired: 'its refresh token expired after 60 days without use.',
  revoked: 'access to Xero was revoked.',
  tenant_disconnected:
    'the organisation is no longer connected (the app was disconnected in Xero, or the user who connected it was removed from the organisation).',
  tenant_not_authorised:
    'Xero refused access to the organisation (access revoked, the connecting user removed or without rights, or the organisation is no longer active).',
};

/** The dashboard notification for a broken connection, e.g. "The Company connection to Demo Company (AU) needs to be reconnected: …". */
export function brokenMessage(
  role: Role,
  multiConnection: boolean,
  organisation: string,
  reason: BrokenReason,
): string {
  const label = multiConnection ? ROLE_INFO[role].label : 'Xero';
  return `The ${label} connection to ${organisation} needs to be reconnected: ${WHY[reason]}`;
}

export function isBrokenReason(value: unknown): value is BrokenReason {
  return typeof value === 'string' && value in WHY;
}
