/** Extra resources (settings, bank transactions, history) → Xero JSON, as the official OpenAPI names them. */
import type {
  BankTransactionRecord,
  CurrencyRecord,
  HistoryEntry,
  ItemPriceRecord,
  ItemRecord,
  TaxRateRecord,
  TrackingCategoryRecord,
  TrackingOptionRecord,
} from './extra-resources.js';
import { fromCents } from './money.js';
import type { LineItemRecord, OrganisationState } from './records.js';
import { contactSummaryToWire } from './wire-format.js';
import { isoDateString, msDate } from './xero-dates.js';

export function taxRateToWire(rate: TaxRateRecord): Record<string, unknown> {
  return {
    Name: rate.name,
    TaxType: rate.taxType,
    ReportTaxType: rate.reportTaxType,
    CanApplyToAssets: true,
    CanApplyToEquity: true,
    CanApplyToExpenses: rate.canApplyToExpenses,
    CanApplyToLiabilities: true,
    CanApplyToRevenue: rate.canApplyToRevenue,
    DisplayTaxRate: rate.rate,
    EffectiveRate: rate.rate,
    Status: 'ACTIVE',
    TaxComponents: [{ Name: rate.name, Rate: rate.rate, IsCompound: false, IsNonRecoverable: false }],
  };
}

export function currencyToWire(currency: CurrencyRecord): Record<string, unknown> {
  return { Code: currency.code, Description: currency.description };
}

export function trackingOptionToWire(
  category: TrackingCategoryRecord,
  option: TrackingOptionRecord,
): Record<string, unknown> {
  return {
    TrackingOptionID: option.trackingOptionId,
    Name: option.name,
    Status: option.status,
    TrackingCategoryID: category.trackingCategoryId,
  };
}

/** `includeArchived` shows archived options too; without it only active ones are listed. */
export function trackingCategoryToWire(
  category: TrackingCategoryRecord,
  includeArchived: boolean,
): Record<string, unknown> {
  return {
    TrackingCategoryID: category.trackingCategoryId,
    Name: category.name,
    Status: category.status,
    Options: category.options
      .filter((option) => includeArchived || option.status === 'ACTIVE')
      .map((option) => trackingOptionToWire(category, option)),
  };
}

function priceToWire(price: ItemPriceRecord | undefined): Record<string, unknown> {
  return price === undefined
    ? {}
    : { UnitPrice: price.unitPrice, AccountCode: price.accountCode, TaxType: price.taxType };
}

export function itemToWire(item: ItemRecord): Record<string, unknown> {
  return {
    ItemID: item.itemId,
    Code: item.code,
    Name: item.name,
    Description: item.description,
    PurchaseDescription: item.purchaseDescription,
    IsSold: item.sales !== undefined,
    IsPurchased: item.purchase !== undefined,
    IsTrackedAsInventory: false,
    SalesDetails: priceToWire(item.sales),
    PurchaseDetails: priceToWire(item.purchase),
    UpdatedDateUTC: msDate(item.updatedAt),
  };
}

export function lineItemToWire(line: LineItemRecord): Record<string, unknown> {
  const wire: Record<string, unknown> = {
    LineItemID: line.lineItemId,
    Description: line.description,
    Quantity: line.quantity,
    UnitAmount: line.unitAmount,
    TaxType: line.taxType,
    TaxAmount: fromCents(line.taxAmountCents),
    LineAmount: fromCents(line.lineAmountCents),
    Tracking: [],
  };
  if (line.accountCode !== undefined) wire.AccountCode = line.accountCode;
  if (line.itemCode !== undefined) wire.ItemCode = line.itemCode;
  return wire;
}

export function bankTransactionToWire(
  state: OrganisationState,
  transaction: BankTransactionRecord,
): Record<string, unknown> {
  const account = state.accounts.get(transaction.bankAccountId);
  return {
    BankTransactionID: transaction.bankTransactionId,
    Type: transaction.type,
    Status: transaction.status,
    Contact: contactSummaryToWire(state.contacts.get(transaction.contactId), transaction.contactId),
    BankAccount: {
      AccountID: transaction.bankAccountId,
      Code: account?.code ?? '',
      Name: account?.name ?? '',
    },
    LineItems: transaction.lineItems.map(lineItemToWire),
    LineAmountTypes: transaction.lineAmountTypes,
    Date: msDate(transaction.date),
    DateString: isoDateString(transaction.date),
    Reference: transaction.reference,
    CurrencyCode: transaction.currencyCode,
    CurrencyRate: transaction.currencyRate,
    IsReconciled: transaction.isReconciled,
    SubTotal: fromCents(transaction.subTotalCents),
    TotalTax: fromCents(transaction.totalTaxCents),
    Total: fromCents(transaction.totalCents),
    UpdatedDateUTC: msDate(transaction.updatedAt),
    HasAttachments: false,
  };
}

export function historyEntryToWire(entry: HistoryEntry): Record<string, unknown> {
  return {
    Changes: entry.changes,
    DateUTC: msDate(entry.at),
    DateUTCString: isoDateString(entry.at),
    Details: entry.details,
    User: entry.user,
  };
}
