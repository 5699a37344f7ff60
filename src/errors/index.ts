export * from './api-errors.js';
export * from './configuration-error.js';
export * from './connection-errors.js';
export * from './infrastructure-errors.js';
export { isXeroError, type XeroErrorFor, type XeroErrorsByCode } from './is-xero-error.js';
export * from './rate-limit-error.js';
export * from './timing-errors.js';
export {
  type ErrorCode,
  ErrorCodes,
  type ErrorContext,
  isXeroConnectionsError,
  XeroConnectionsError,
  type XeroConnectionsErrorOptions,
} from './xero-connections-error.js';
