/**
 * The Xero JSON shapes the model emits (field names from Xero's OpenAPI `xero_accounting.yaml`). Only the
 * fields the simulator fills are listed; dates are `/Date(ms+0000)/` strings with ISO `…String` twins.
 */

export interface XeroValidationError {
  Message: string;
}

export interface XeroContactSummary {
  ContactID: string;
  Name: string;
  ContactStatus: string;
  Addresses: unknown[];
  Phones: unknown[];
  ContactGroups: unknown[];
  ContactPersons: unknown[];
  HasValidationErrors: boolean;
}

export interface XeroContact extends XeroContactSummary {
  FirstName?: string;
  LastName?: string;
  EmailAddress?: string;
  ContactNumber?: string;
  AccountNumber?: string;
  DefaultCurrency?: string;
  IsSupplier: boolean;
  IsCustomer: boolean;
  UpdatedDateUTC: string;
  HasAttachments: boolean;
}

export interface XeroLineItem {
  LineItemID: string;
  Description: string;
  Quantity: number;
  UnitAmount: number;
  AccountCode?: string;
  ItemCode?: string;
  TaxType: string;
  TaxAmount: number;
  LineAmount: number;
  Tracking: unknown[];
}

export interface XeroInvoicePayment {
  PaymentID: string;
  Date: string;
  Amount: number;
  Reference: string;
  CurrencyRate: number;
  HasAccount: boolean;
  HasValidationErrors: boolean;
}

export interface XeroInvoice {
  Type: string;
  InvoiceID: string;
  InvoiceNumber: string;
  Reference: string;
  Payments: XeroInvoicePayment[];
  CreditNotes: unknown[];
  Prepayments: unknown[];
  Overpayments: unknown[];
  AmountDue: number;
  AmountPaid: number;
  AmountCredited: number;
  SentToContact: boolean;
  CurrencyRate: number;
  IsDiscounted: boolean;
  HasAttachments: boolean;
  HasErrors: boolean;
  Contact: XeroContactSummary;
  DateString: string;
  Date: string;
  DueDateString: string;
  DueDate: string;
  Status: string;
  LineAmountTypes: string;
  LineItems: XeroLineItem[];
  SubTotal: number;
  TotalTax: number;
  Total: number;
  UpdatedDateUTC: string;
  UpdatedDateUTCString: string;
  CurrencyCode: string;
  FullyPaidOnDate?: string;
}

export interface XeroAccountRef {
  AccountID: string;
  Code: string;
}

export interface XeroPaymentInvoiceRef {
  Type: string;
  InvoiceID: string;
  InvoiceNumber: string;
  Contact: { ContactID: string; Name: string };
  CurrencyCode: string;
}

export interface XeroPayment {
  PaymentID: string;
  Date: string;
  DateString: string;
  Amount: number;
  BankAmount: number;
  Reference: string;
  CurrencyRate: number;
  PaymentType: string;
  Status: string;
  IsReconciled: boolean;
  UpdatedDateUTC: string;
  UpdatedDateUTCString: string;
  HasAccount: boolean;
  HasValidationErrors: boolean;
  Account: XeroAccountRef;
  Invoice: XeroPaymentInvoiceRef;
  /** Present on a payment a batch payment made. */
  BatchPaymentID?: string;
  BatchPayment?: { BatchPaymentID: string };
}

export interface XeroAccount {
  AccountID: string;
  Code: string;
  Name: string;
  Type: string;
  Status: string;
  TaxType: string;
  Class: string;
  EnablePaymentsToAccount: boolean;
  ShowInExpenseClaims: boolean;
  BankAccountNumber?: string;
  BankAccountType?: string;
  CurrencyCode?: string;
  SystemAccount?: string;
  ReportingCode: string;
  HasAttachments: boolean;
  UpdatedDateUTC: string;
  AddToWatchlist: boolean;
}

export interface XeroOrganisation {
  OrganisationID: string;
  APIKey: string;
  Name: string;
  LegalName: string;
  PaysTax: boolean;
  Version: string;
  OrganisationType: string;
  BaseCurrency: string;
  CountryCode: string;
  IsDemoCompany: boolean;
  OrganisationStatus: string;
  FinancialYearEndDay: number;
  FinancialYearEndMonth: number;
  SalesTaxBasis: string;
  SalesTaxPeriod: string;
  DefaultSalesTax: string;
  DefaultPurchasesTax: string;
  CreatedDateUTC: string;
  Timezone: string;
  OrganisationEntityType: string;
  ShortCode: string;
  Class: string;
  Edition: string;
  LineOfBusiness: string;
  Addresses: unknown[];
  Phones: unknown[];
  ExternalLinks: unknown[];
  PaymentTerms: Record<string, unknown>;
}

/** `pagination` block of a paged list response. */
export interface XeroPagination {
  page: number;
  pageSize: number;
  pageCount: number;
  itemCount: number;
}
