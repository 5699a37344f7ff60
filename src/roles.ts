/**
 * The three typed roles an account's Xero traffic is split over. With multi-connection off (the default),
 * every role is served by the account's single connection, stored under {@link PRIMARY_ROLE}.
 */
export const ROLES = ['wisepay', 'company', 'service'] as const;

/** A connection's typed role: which product traffic it carries. */
export type Role = (typeof ROLES)[number];

/** The role whose connection serves every role while multi-connection is off. */
export const PRIMARY_ROLE: Role = 'wisepay';

/** What the Accounting Connections screen shows for each role. */
export interface RoleInfo {
  readonly role: Role;
  /** Connection Type column. */
  readonly label: string;
  /** Description column. */
  readonly description: string;
}

export const ROLE_INFO: Readonly<Record<Role, RoleInfo>> = {
  wisepay: {
    role: 'wisepay',
    label: 'Wise-Pay',
    description:
      'User actions in Wise-Pay (downloading the latest accounting data, making payments) and payment batch jobs such as auto-payments.',
  },
  company: {
    role: 'company',
    label: 'Company',
    description:
      'Wise-Sync traffic: invoices synced into the accounting application and payments applied there flowing back.',
  },
  service: {
    role: 'service',
    label: 'Service',
    description:
      'Scheduled Wise-Pay background services, such as the auto-payment scheduler reading due invoices.',
  },
};

/** Description shown for the single connection while multi-connection is off. */
export const SINGLE_CONNECTION_DESCRIPTION =
  'All Wise-Pay, Wise-Sync and background-service traffic (multi-connection is off for this account).';

/** Kinds of traffic a host app generates; {@link roleForTraffic} maps them to roles. */
export type TrafficKind = 'user-action' | 'payment-batch' | 'sync' | 'background-service';

const TRAFFIC_ROLE: Readonly<Record<TrafficKind, Role>> = {
  'user-action': 'wisepay',
  'payment-batch': 'wisepay',
  sync: 'company',
  'background-service': 'service',
};

/**
 * The role that carries a kind of traffic.
 * @example roleForTraffic('sync') // 'company'
 */
export function roleForTraffic(kind: TrafficKind): Role {
  return TRAFFIC_ROLE[kind];
}

/** Type guard for a role name coming from outside (a route parameter, a stored record). */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
