import { randomUUID } from 'node:crypto';
import type { SimConnection } from '../types.js';

/** A connection plus whose grant it belongs to. */
export interface ConnectionRecord extends SimConnection {
  clientId: string;
  userId: string;
}

/**
 * A grant is one user's consent to one app. Each consent is an authentication event (a new `authEventId`)
 * that connects one or more organisations; the grant keeps one connection per organisation.
 * `generation` is bumped on revocation so that every refresh token issued before it dies.
 */
export interface Grant {
  clientId: string;
  userId: string;
  generation: number;
  connections: Map<string, ConnectionRecord>;
}

/**
 * A Custom Connection: an app bound to one organisation, authorised once by one user (no consent flow).
 * Its tokens come from the client_credentials grant while it is connected and paid for.
 */
export interface CustomConnection {
  clientId: string;
  /** The user who authorised it: its tokens' subject and the owner of its grant. */
  userId: string;
  tenantId: string;
  /** `unpaid`: the organisation stopped paying for it; Xero then refuses its token requests. */
  status: 'active' | 'unpaid';
  /**
   * How a refused token request is answered: Xero does not document it, so both readings are offered —
   * 400 `unauthorized_client`, or 401 `invalid_client` as for unknown credentials.
   */
  refusal: 'unauthorized_client' | 'invalid_client';
}

export class GrantRegistry {
  private readonly grants = new Map<string, Grant>();
  private readonly custom = new Map<string, CustomConnection>();

  constructor(private readonly tenantName: (tenantId: string) => string | undefined) {}

  get(clientId: string, userId: string): Grant | undefined {
    return this.grants.get(key(clientId, userId));
  }

  /**
   * Records a consent. A tenant already connected by this user and app keeps its connection id; its
   * `updatedDateUtc` and `authEventId` move to this consent (so `?authEventId=` finds it).
   */
  consent(
    clientId: string,
    userId: string,
    tenantIds: readonly string[],
    now: number,
  ): { authEventId: string } {
    const k = key(clientId, userId);
    let grant = this.grants.get(k);
    if (grant === undefined) {
      grant = { clientId, userId, generation: 0, connections: new Map() };
      this.grants.set(k, grant);
    }
    const authEventId = randomUUID();
    const at = new Date(now).toISOString();
    for (const tenantId of tenantIds) {
      const existing = grant.connections.get(tenantId);
      if (existing !== undefined) {
        existing.authEventId = authEventId;
        existing.updatedDateUtc = at;
        continue;
      }
      grant.connections.set(tenantId, {
        id: randomUUID(),
        authEventId,
        tenantId,
        tenantType: 'ORGANISATION',
        tenantName: this.tenantName(tenantId) ?? null,
        createdDateUtc: at,
        updatedDateUtc: at,
        clientId,
        userId,
      });
    }
    return { authEventId };
  }

  /**
   * Makes `clientId` a custom connection to `tenantId`, authorised by `userId` (or updates it). Authorising
   * it again (a new organisation, or after a disconnect) is a new authentication event.
   */
  authoriseCustomConnection(
    connection: CustomConnection,
    now: number,
  ): { connectionId: string; authEventId: string } {
    const previous = this.custom.get(connection.clientId);
    if (previous !== undefined && previous.tenantId !== connection.tenantId) {
      // One organisation each: moving it drops the old organisation's connection.
      this.grants.get(key(previous.clientId, previous.userId))?.connections.delete(previous.tenantId);
    }
    this.custom.set(connection.clientId, { ...connection });
    const existing = this.grants.get(key(connection.clientId, connection.userId));
    const record = existing?.connections.get(connection.tenantId);
    if (record !== undefined) return { connectionId: record.id, authEventId: record.authEventId };
    const { authEventId } = this.consent(connection.clientId, connection.userId, [connection.tenantId], now);
    const made = this.grants
      .get(key(connection.clientId, connection.userId))
      ?.connections.get(connection.tenantId);
    return { connectionId: made?.id ?? '', authEventId };
  }

  customConnection(clientId: string): Readonly<CustomConnection> | undefined {
    return this.custom.get(clientId);
  }

  setCustomConnectionStatus(clientId: string, status: CustomConnection['status']): boolean {
    const connection = this.custom.get(clientId);
    if (connection === undefined) return false;
    connection.status = status;
    return true;
  }

  isConnected(clientId: string, userId: string, tenantId: string): boolean {
    return this.grants.get(key(clientId, userId))?.connections.has(tenantId) ?? false;
  }

  connections(clientId: string, userId: string): ConnectionRecord[] {
    const grant = this.grants.get(key(clientId, userId));
    return grant === undefined ? [] : [...grant.connections.values()];
  }

  /** DELETE /connections/{id}: only a connection of this grant can be deleted. */
  deleteConnection(clientId: string, userId: string, connectionId: string): boolean {
    const grant = this.grants.get(key(clientId, userId));
    if (grant === undefined) return false;
    for (const [tenantId, c] of grant.connections) {
      if (c.id === connectionId) {
        grant.connections.delete(tenantId);
        return true;
      }
    }
    return false;
  }

  /** Revocation: every connection of the grant goes, and every refresh token issued so far dies. */
  revoke(clientId: string, userId: string): number {
    const grant = this.grants.get(key(clientId, userId));
    if (grant === undefined) return 0;
    const removed = grant.connections.size;
    grant.connections.clear();
    grant.generation += 1;
    return removed;
  }

  /** The user disconnected the app from the organisation inside Xero (every user's grant of this app). */
  disconnectTenant(clientId: string, tenantId: string): number {
    let removed = 0;
    for (const grant of this.grants.values()) {
      if (grant.clientId === clientId && grant.connections.delete(tenantId)) removed++;
    }
    return removed;
  }

  /** The user lost access to the organisation: every app's connection made by that user goes. */
  removeUserFromTenant(userId: string, tenantId: string): number {
    let removed = 0;
    for (const grant of this.grants.values()) {
      if (grant.userId === userId && grant.connections.delete(tenantId)) removed++;
    }
    return removed;
  }
}

function key(clientId: string, userId: string): string {
  return `${clientId}\u0000${userId}`;
}
