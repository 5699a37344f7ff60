export type { OrganisationModel } from './accounting/index.js';
export type { SimulatorUrls } from './context.js';
export type { SimulatorControl } from './control.js';
export type { ResolvedSimulatorOptions, XeroSimulatorOptions } from './options.js';
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
