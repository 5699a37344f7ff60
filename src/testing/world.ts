import { createOrganisationModel, type OrganisationModel, type RecordChange } from './accounting/index.js';
import { ALL_SCOPES } from './seed.js';
import type { OrganisationSeed, SimApp, SimUser } from './types.js';

/** An app with its defaults applied. */
export type RegisteredApp = Required<SimApp>;
/** A user with their defaults applied. */
export type RegisteredUser = Required<SimUser>;

/**
 * The simulated world: registered apps, organisations (each with its accounting model, built on first use
 * so a large seed starts fast) and users.
 */
export class World {
  readonly apps = new Map<string, RegisteredApp>();
  readonly users = new Map<string, RegisteredUser>();
  private readonly orgs = new Map<string, { seed: OrganisationSeed; model?: OrganisationModel }>();
  /** Told of every invoice and contact change in any organisation (the webhook sender listens). */
  onRecordChanges: ((tenantId: string, changes: RecordChange[]) => void) | undefined;

  constructor(seed: { apps: SimApp[]; organisations: OrganisationSeed[]; users: SimUser[] }) {
    for (const org of seed.organisations) this.addOrganisation(org);
    for (const app of seed.apps) this.addApp(app);
    for (const user of seed.users) this.addUser(user);
  }

  addApp(app: SimApp): RegisteredApp {
    const registered: RegisteredApp = {
      name: app.name,
      clientId: app.clientId,
      clientSecret: app.clientSecret,
      redirectUris: [...app.redirectUris],
      tier: app.tier ?? 'standard',
      scopes: [...(app.scopes ?? ALL_SCOPES)],
    };
    this.apps.set(app.clientId, registered);
    return registered;
  }

  addOrganisation(seed: OrganisationSeed): void {
    this.orgs.set(seed.tenantId, { seed: { ...seed } });
  }

  addUser(user: SimUser): RegisteredUser {
    const registered: RegisteredUser = {
      userId: user.userId,
      email: user.email ?? `${user.userId}@example.com`,
      givenName: user.givenName ?? 'Demo',
      familyName: user.familyName ?? 'User',
      organisations: [...new Set(user.organisations)],
    };
    this.users.set(user.userId, registered);
    return registered;
  }

  hasOrganisation(tenantId: string): boolean {
    return this.orgs.has(tenantId);
  }

  organisationName(tenantId: string): string | undefined {
    return this.orgs.get(tenantId)?.seed.name;
  }

  organisationSeeds(): OrganisationSeed[] {
    return [...this.orgs.values()].map((o) => ({ ...o.seed }));
  }

  /** The accounting model of an organisation, created on first use. */
  model(tenantId: string): OrganisationModel | undefined {
    const org = this.orgs.get(tenantId);
    if (org === undefined) return undefined;
    org.model ??= createOrganisationModel(org.seed, {
      changeListener: () => {
        const listener = this.onRecordChanges;
        return listener === undefined ? undefined : (changes) => listener(tenantId, changes);
      },
    });
    return org.model;
  }
}
