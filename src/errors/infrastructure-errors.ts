import { XeroConnectionsError, type XeroConnectionsErrorOptions } from './xero-connections-error.js';

/** The token store failed (I/O, decryption with none of the configured keys, corrupt record). */
export class StoreError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_STORE', message, options);
  }
}

/** A compare-and-set write lost to a concurrent writer. */
export class StoreConflictError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_STORE_CONFLICT', message, options);
  }
}

/** The shared coordination backend (Redis) did not answer within its bound. */
export class CoordinationUnavailableError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_COORDINATION_UNAVAILABLE', message, options);
  }
}

/** The pool or host was closed; no new calls are accepted. */
export class ClosedError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_CLOSED', message, options);
  }
}
