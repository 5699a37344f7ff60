/**
 * @wise-pay/xero-connections — connect a product to Xero at scale.
 * @packageDocumentation
 */

// The OAuth lifecycle's results.
export type {
  BeginConnectResult,
  CompleteConnectResult,
  ConnectionStatusRow,
  TokenTestResult,
  XeroConnection,
} from './contracts/account-connections.js';
// A backend shared by several processes (the host's `backend` option; the Redis one is in `./redis`).
export type { BackendContext, BackendParts, XeroBackend } from './contracts/backend.js';
// The pool's events and a connection's health.
export type {
  CallEventBase,
  ConnectionEventBase,
  ConnectionHealth,
  OutageScopeKind,
  PoolEventName,
  PoolEvents,
} from './contracts/events.js';
// Errors: classes, codes and guards.
export * from './errors/index.js';
// The host: one per process.
export { XeroConnections } from './host.js';
export { DEFAULT_APP_INTERACTIVE_RESERVE } from './limits/limits-core.js';
// Limits (plug in another engine).
export type {
  CallGrant,
  CallPriority,
  LimitKey,
  LimitSnapshot,
  LimitsEngine,
  RemainingQuota,
  ScheduleOptions,
  XeroLimits,
} from './limits/limits-engine.js';
export type { OutageState, OutageStore } from './limits/outage-store.js';
// Logging.
export type { Logger } from './logger.js';
export { silentLogger } from './logger.js';
// The host-wide keep-alive sweep (`xero.keepAlive()`).
export type { KeepAliveOptions, KeepAliveReport } from './oauth/keep-alive.js';
// Options of the host and its pools, and Xero's defaults.
export {
  type ConnectionPoolOptions,
  DEFAULT_INTERACTIVE_RESERVE,
  DEFAULT_LIMITS,
  DEFAULT_SCOPES,
  STARTER_DAY_LIMIT,
  type XeroAppOptions,
  type XeroConnectionsOptions,
  type XeroEndpointOptions,
} from './options.js';
// An account's pool and its role clients (types only: made by `host.pool()` and `pool.role()`), with
// the pool's metrics and listeners.
export type { ConnectionPool } from './pool/connection-pool.js';
export type {
  MultiConnectionSwitchOptions,
  MultiConnectionSwitchResult,
} from './pool/multi-connection-switch.js';
export type { ConnectionMetrics, PoolMetrics } from './pool/pool-metrics.js';
export type { XeroRoleClient } from './pool/role-client.js';
export type { PoolListener } from './pool/typed-emitter.js';
// Roles and traffic kinds.
export * from './roles.js';
// Stores (plug in another store) and the refresh lock.
export {
  EncryptedFileTokenStore,
  type EncryptedFileTokenStoreOptions,
} from './stores/encrypted-file-token-store.js';
export { InProcessRefreshLock } from './stores/in-process-refresh-lock.js';
export {
  MemoryPendingAuthorizationStore,
  type MemoryPendingAuthorizationStoreOptions,
} from './stores/memory-pending-authorization-store.js';
export { MemoryTokenStore } from './stores/memory-token-store.js';
export type {
  PendingAuthorization,
  PendingAuthorizationStore,
} from './stores/pending-authorization-store.js';
export type { TokenFileKey } from './stores/token-file-cipher.js';
export type {
  ConnectionPage,
  ListAllOptions,
  PutResult,
  RefreshLock,
  RefreshLockWaitOptions,
  StoredConnection,
  TokenStore,
  Versioned,
} from './stores/token-store.js';
// Time scaling (every duration the SDK waits on).
export type { TimeScale } from './time-scale.js';
// Webhooks: verify, receive, route to accounts, fetch what changed, sweep for what was missed.
export {
  type FetchWebhookChangesOptions,
  fetchWebhookChanges,
  type WebhookChanges,
} from './webhooks/follow-up-fetch.js';
export {
  sweepWebhookGaps,
  type WebhookSweepCursors,
  type WebhookSweepOptions,
  type WebhookSweepResult,
} from './webhooks/reconciliation-sweep.js';
export { verifyXeroWebhook, XERO_SIGNATURE_HEADER } from './webhooks/verify-signature.js';
export {
  type WebhookAnswer,
  type WebhookBatchContext,
  XeroWebhookHandler,
  type XeroWebhookHandlerOptions,
} from './webhooks/webhook-handler.js';
export type { XeroWebhookEvent, XeroWebhookPayload } from './webhooks/webhook-payload.js';
export {
  type AccountWebhookEvents,
  type WebhookRouting,
  XeroWebhookRouter,
  type XeroWebhookRouterOptions,
} from './webhooks/webhook-router.js';
// Calls: options, requests and responses, typed endpoints and Xero's shapes.
export type { BatchItemResult } from './xero/batch.js';
export type { CallOptions } from './xero/call-options.js';
export type { CallMeta, XeroRequest, XeroResponse } from './xero/call-pipeline.js';
export type { CoalescingCallOptions } from './xero/coalescing/coalescing-options.js';
export type { AccountFilter, AccountsEndpoint } from './xero/endpoints/accounts.js';
export {
  type AttachmentContent,
  type AttachmentParent,
  type AttachmentsEndpoint,
  type AttachmentUpload,
  XERO_ATTACHMENT_MAX_BYTES,
} from './xero/endpoints/attachments.js';
export type { BankTransactionFilter, BankTransactionsEndpoint } from './xero/endpoints/bank-transactions.js';
export type { BatchPaymentFilter, BatchPaymentsEndpoint } from './xero/endpoints/batch-payments.js';
export type { ContactFilter, ContactsEndpoint } from './xero/endpoints/contacts.js';
export type { CreditNoteFilter, CreditNotesEndpoint } from './xero/endpoints/credit-notes.js';
export type { CurrenciesEndpoint, CurrencyFilter } from './xero/endpoints/currencies.js';
export type { InvoiceFilter, InvoicesEndpoint } from './xero/endpoints/invoices.js';
export type { ItemFilter, ItemsEndpoint } from './xero/endpoints/items.js';
export type { OrganisationEndpoint } from './xero/endpoints/organisation.js';
export type { OverpaymentFilter, OverpaymentsEndpoint } from './xero/endpoints/overpayments.js';
export type { PaymentFilter, PaymentsEndpoint } from './xero/endpoints/payments.js';
export type { PrepaidCreditFilter } from './xero/endpoints/prepaid-credits.js';
export type { PrepaymentFilter, PrepaymentsEndpoint } from './xero/endpoints/prepayments.js';
export type { TaxRateFilter, TaxRatesEndpoint } from './xero/endpoints/tax-rates.js';
export type {
  TrackingCategoriesEndpoint,
  TrackingCategoryFilter,
} from './xero/endpoints/tracking-categories.js';
export type { SyncCursor, SyncRequest, SyncResult } from './xero/incremental-sync.js';
export type { PagedList } from './xero/paged-list.js';
export type { QueryValue } from './xero/request-target.js';
export type { Account } from './xero/schemas/account.js';
export type { Allocation, AllocationInput } from './xero/schemas/allocation.js';
export type { Attachment } from './xero/schemas/attachment.js';
export type {
  BankTransaction,
  BankTransactionInput,
  BankTransactionType,
} from './xero/schemas/bank-transaction.js';
export type { BatchPayment, BatchPaymentInput } from './xero/schemas/batch-payment.js';
export type { XeroPagination } from './xero/schemas/common.js';
export type { Contact, ContactInput } from './xero/schemas/contact.js';
export type {
  CreditNote,
  CreditNoteInput,
  CreditNoteStatus,
  CreditNoteType,
} from './xero/schemas/credit-note.js';
export type { Currency } from './xero/schemas/currency.js';
export type {
  Invoice,
  InvoiceInput,
  InvoiceStatus,
  InvoiceType,
  LineItem,
  LineItemInput,
} from './xero/schemas/invoice.js';
export type { HistoryRecord } from './xero/schemas/invoice-extras.js';
export type { Item } from './xero/schemas/item.js';
export type { Organisation } from './xero/schemas/organisation.js';
export type { Payment, PaymentInput } from './xero/schemas/payment.js';
export type { Overpayment, Prepayment } from './xero/schemas/prepaid-credit.js';
export type { TaxRate } from './xero/schemas/tax-rate.js';
export type { TrackingCategory, TrackingOption } from './xero/schemas/tracking-category.js';
export type { AccountingApi, ApiResponse } from './xero/typed-api/accounting-api.js';
export type {
  AccountingPaths,
  AccountingSchemas,
  ApiArgs,
  ApiInit,
  ApiMethod,
  ApiOperation,
  ApiPath,
  ApiResult,
} from './xero/typed-api/accounting-types.js';
export { parseXeroDate } from './xero/xero-date.js';
