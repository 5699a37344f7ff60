import type { ResolvedApp } from '../options.js';
import { PRIMARY_ROLE, ROLES, type Role } from '../roles.js';

/**
 * Which connection and app serve each role of one account: the one role mapping, used by the OAuth
 * lifecycle and the pool alike. With multi-connection off every role rides the primary role's connection
 * and app. Xero counts per (app, tenant), so roles whose connections use
 * the same app share one bucket: only then does the interactive reserve apply.
 */
export class ConnectionRouting {
  private readonly shared: Record<Role, boolean>;

  constructor(
    readonly multiConnection: boolean,
    /** The app each role would use with multi-connection on. */
    readonly appsByRole: Readonly<Record<Role, ResolvedApp>>,
  ) {
    const counts = new Map<string, number>();
    for (const role of ROLES) {
      const clientId = this.app(role).clientId;
      counts.set(clientId, (counts.get(clientId) ?? 0) + 1);
    }
    this.shared = {
      wisepay: (counts.get(this.app('wisepay').clientId) ?? 0) > 1,
      company: (counts.get(this.app('company').clientId) ?? 0) > 1,
      service: (counts.get(this.app('service').clientId) ?? 0) > 1,
    };
  }

  /** The role whose stored connection serves `role`'s calls. */
  connectionRole(role: Role): Role {
    return this.multiConnection ? role : PRIMARY_ROLE;
  }

  /** The app `role`'s calls go through. */
  app(role: Role): ResolvedApp {
    return this.appsByRole[this.connectionRole(role)];
  }

  /** The connection roles in use: all three with multi-connection on, else the primary one. */
  connectionRoles(): Role[] {
    return this.multiConnection ? [...ROLES] : [PRIMARY_ROLE];
  }

  /** The roles a connection serves. */
  rolesServedBy(connectionRole: Role): Role[] {
    return ROLES.filter((r) => this.connectionRole(r) === connectionRole);
  }

  /** True when several roles of this account charge the same (app, tenant) bucket as `role`. */
  sharesBucket(role: Role): boolean {
    return this.shared[role];
  }

  /**
   * Interactive wisepay calls may spend the reserve; so may any call whose bucket no other role uses
   * (there is nobody to keep the reserve for).
   */
  mayUseReserve(role: Role, priority: 'interactive' | 'batch'): boolean {
    return (role === 'wisepay' && priority === 'interactive') || !this.sharesBucket(role);
  }
}
