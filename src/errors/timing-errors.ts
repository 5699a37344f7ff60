import { XeroConnectionsError, type XeroConnectionsErrorOptions } from './xero-connections-error.js';

/** The call could not start before its deadline; it was failed fast instead of queueing past it. */
export class DeadlineExceededError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_DEADLINE', message, options);
  }
}

/** The HTTP exchange itself took longer than its timeout. */
export class TimeoutError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_TIMEOUT', message, options);
  }
}

/** The caller's AbortSignal fired. */
export class AbortedError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_ABORTED', message, options);
  }
}
