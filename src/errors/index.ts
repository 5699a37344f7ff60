export * from './api-errors.js';
export * from './configuration-error.js';
export * from './connection-errors.js';
export * from './infrastructure-errors.js';
export * from './rate-limit-error.js';
export { redact, redactValue } from './redact.js';
export * from './timing-errors.js';
export {
  type ErrorCode,
  type ErrorContext,
  isXeroConnectionsError,
  XeroConnectionsError,
  type XeroConnectionsErrorOptions,
} from './xero-connections-error.js';
