import { XeroConnectionsError, type XeroConnectionsErrorOptions } from './xero-connections-error.js';

/** 401 `TokenExpired` that survived one refresh-and-retry. */
export class TokenExpiredError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_TOKEN_EXPIRED', message, options);
  }
}

/**
 * 403 `AuthenticationUnsuccessful`: the token is not authorised for the tenant (access revoked, the
 * authorising user removed, the organisation disconnected or inactive).
 */
export class TenantNotAuthorisedError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_TENANT_NOT_AUTHORISED', message, options);
  }
}

/** 401 `AuthorizationUnsuccessful`: a scope is missing, or the app's tier lacks the endpoint. */
export class MissingScopeError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_MISSING_SCOPE', message, options);
  }
}

/** One element's validation errors as Xero reported them. */
export interface XeroValidationElement {
  /** Index of the element in the batch you passed. */
  index: number;
  messages: string[];
}

/** 400 `ValidationException`. `elements` lists which elements failed and why. */
export class XeroValidationError extends XeroConnectionsError {
  readonly elements: readonly XeroValidationElement[];
  readonly xeroMessage: string | undefined;
  constructor(
    message: string,
    options: XeroConnectionsErrorOptions & { elements?: XeroValidationElement[]; xeroMessage?: string },
  ) {
    super('ERR_XERO_VALIDATION', message, options);
    this.elements = options.elements ?? [];
    this.xeroMessage = options.xeroMessage;
  }
  protected override details() {
    return { elements: this.elements, xeroMessage: this.xeroMessage };
  }
}

/** Xero is unreachable or failing (503 outage, organisation offline, 5xx, network) after bounded retries. */
export class XeroUnavailableError extends XeroConnectionsError {
  constructor(message: string, options: XeroConnectionsErrorOptions = {}) {
    super('ERR_XERO_UNAVAILABLE', message, options);
  }
}

/** Any other non-success answer from Xero (404, 412, 501…). */
export class XeroApiError extends XeroConnectionsError {
  readonly detail: string | undefined;
  constructor(message: string, options: XeroConnectionsErrorOptions & { detail?: string }) {
    super('ERR_XERO_API', message, options);
    this.detail = options.detail;
  }
  protected override details() {
    return { detail: this.detail };
  }
}
