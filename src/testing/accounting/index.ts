/** The simulator's Accounting API model: one instance per organisation, driven by the server. */
export type { AccountingRequest, AccountingResponse, OrganisationSeed } from './contract.js';
export { DEFAULT_IDEMPOTENCY_RETENTION_MS, MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency-store.js';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './list-query.js';
export type { OrganisationModel, OrganisationModelOptions } from './organisation-model.js';
export { createOrganisationModel } from './organisation-model.js';
export type { RecordChange } from './record-changes.js';
export { requiredScopes } from './required-scopes.js';
export type {
  XeroAccount,
  XeroContact,
  XeroInvoice,
  XeroLineItem,
  XeroOrganisation,
  XeroPagination,
  XeroPayment,
  XeroValidationError,
} from './wire-types.js';
