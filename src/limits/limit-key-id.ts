import type { LimitKey } from './limits-engine.js';

/** A map key for a limit key: NUL cannot appear in a client or tenant id, so ids never collide. */
export function limitKeyId(key: LimitKey): string {
  return key.tenantId === null ? `${key.clientId}\u0000` : `${key.clientId}\u0000${key.tenantId}`;
}
