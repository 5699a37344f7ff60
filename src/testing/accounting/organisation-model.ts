import type { AccountingRequest, AccountingResponse, OrganisationSeed } from './contract.js';

export interface OrganisationModelOptions {
  /** @default 360000 */
  idempotencyRetentionMs?: number;
}

export interface OrganisationModel {
  readonly tenantId: string;
  readonly name: string;
  handle(req: AccountingRequest): AccountingResponse;
  invoices(): unknown[];
  invoice(id: string): unknown | undefined;
  payments(): unknown[];
  contacts(): unknown[];
  accounts(): unknown[];
  organisation(): unknown;
}

// Temporary stub so the server can be wired; replaced by the full model.
export function createOrganisationModel(
  seed: OrganisationSeed,
  _options: OrganisationModelOptions = {},
): OrganisationModel {
  const organisation = {
    OrganisationID: seed.tenantId,
    Name: seed.name,
    LegalName: seed.name,
    BaseCurrency: seed.baseCurrency ?? 'AUD',
    CountryCode: seed.countryCode ?? 'AU',
    OrganisationType: 'COMPANY',
  };
  return {
    tenantId: seed.tenantId,
    name: seed.name,
    handle(req) {
      if (req.method === 'GET' && req.path.toLowerCase() === '/organisation') {
        return {
          status: 200,
          body: { Id: crypto.randomUUID(), Status: 'OK', Organisations: [organisation] },
        };
      }
      return {
        status: 404,
        body: { Type: 'NotFound', Message: "The resource you're looking for cannot be found" },
      };
    },
    invoices: () => [],
    invoice: () => undefined,
    payments: () => [],
    contacts: () => [],
    accounts: () => [],
    organisation: () => ({ ...organisation }),
  };
}
