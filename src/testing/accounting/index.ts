export type { AccountingRequest, AccountingResponse, OrganisationSeed } from './contract.js';
export type { OrganisationModel, OrganisationModelOptions } from './organisation-model.js';
export { createOrganisationModel } from './organisation-model.js';
export { requiredScopes } from './required-scopes.js';
