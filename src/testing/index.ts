export type { AccountingRequest, AccountingResponse } from './accounting/contract.js';
export type { OrganisationModel } from './accounting/index.js';
/** Xero's wire shapes, as the simulator's accounting model stores and returns them (PascalCase, `/Date()/` strings). */
export type {
  XeroAccount,
  XeroAccountRef,
  XeroContact,
  XeroContactSummary,
  XeroInvoice,
  XeroInvoicePayment,
  XeroLineItem,
  XeroOrganisation,
  XeroPayment,
  XeroPaymentInvoiceRef,
  XeroValidationError as XeroWireValidationError,
} from './accounting/wire-types.js';
export type { SimulatorUrls } from './context.js';
export type { SimulatorControl } from './control.js';
export { type SimulatorAppName, seededAppOptions, simulatorHostOptions } from './host-options.js';
export type { ResolvedSimulatorOptions, SimulatorVariations, XeroSimulatorOptions } from './options.js';
export { DEFAULT_SIM_LIMITS } from './options.js';
export type { RateLimitState } from './rate-limits/rate-limiter.js';
export {
  ALL_SCOPES,
  DEFAULT_SEED,
  DEMO_TENANT_ID,
  NEW_COMPANY_TENANT_ID,
  OTHER_TENANT_ID,
} from './seed.js';
export { startXeroSimulator, type XeroSimulator } from './simulator.js';
export type {
  OrganisationSeed,
  RateLimitProblemName,
  SimApp,
  SimConnection,
  SimCounters,
  SimEndpoint,
  SimLimits,
  SimRequestLogEntry,
  SimUser,
  SimulatorSeed,
} from './types.js';
// Webhooks the simulator sends (`control.subscribeWebhooks`).
export type {
  SimWebhookAttempt,
  SimWebhookCategory,
  SimWebhookStatus,
  SimWebhookSubscription,
  SimWebhookSubscriptionInput,
} from './webhooks/webhook-types.js';
