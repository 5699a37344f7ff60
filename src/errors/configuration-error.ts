import { XeroConnectionsError } from './xero-connections-error.js';

/** Options or arguments failed validation. `issues` names each offending field; nothing was changed. */
export class ConfigurationError extends XeroConnectionsError {
  readonly issues: ReadonlyArray<{ path: string; message: string }>;
  constructor(message: string, issues: ReadonlyArray<{ path: string; message: string }> = []) {
    super('ERR_CONFIGURATION', message);
    this.issues = issues;
  }
  protected override details() {
    return { issues: this.issues };
  }
}

/** An argument to a call was invalid (e.g. an empty batch element). Nothing was sent to Xero. */
export class InvalidArgumentError extends XeroConnectionsError {
  readonly issues: ReadonlyArray<{ path: string; message: string }>;
  constructor(message: string, issues: ReadonlyArray<{ path: string; message: string }> = [], ctx = {}) {
    super('ERR_INVALID_ARGUMENT', message, ctx);
    this.issues = issues;
  }
  protected override details() {
    return { issues: this.issues };
  }
}
