/** Record → Xero JSON. Every call builds fresh objects, so callers may mutate what they get. */
import { fromCents } from './money.js';
import {
  type AccountRecord,
  type AppliedCredit,
  amountDueCents,
  type ContactRecord,
  type InvoiceRecord,
  type OrganisationRecord,
  type OrganisationState,
  type PaymentRecord,
} from './records.js';
import type {
  XeroAccount,
  XeroContact,
  XeroContactSummary,
  XeroInvoice,
  XeroOrganisation,
  XeroPayment,
} from './wire-types.js';
import { isoDateString, isoTimestampString, msDate } from './xero-dates.js';

export function contactSummaryToWire(
  contact: ContactRecord | undefined,
  contactId: string,
): XeroContactSummary {
  return {
    ContactID: contactId,
    Name: contact?.name ?? '',
    ContactStatus: contact?.status ?? 'ACTIVE',
    Addresses: [],
    Phones: [],
    ContactGroups: [],
    ContactPersons: [],
    HasValidationErrors: false,
  };
}

export function contactToWire(contact: ContactRecord): XeroContact {
  const wire: XeroContact = {
    ...contactSummaryToWire(contact, contact.contactId),
    IsSupplier: contact.isSupplier,
    IsCustomer: contact.isCustomer,
    UpdatedDateUTC: msDate(contact.updatedAt),
    HasAttachments: false,
  };
  if (contact.firstName !== undefined) wire.FirstName = contact.firstName;
  if (contact.lastName !== undefined) wire.LastName = contact.lastName;
  if (contact.emailAddress !== undefined) wire.EmailAddress = contact.emailAddress;
  if (contact.contactNumber !== undefined) wire.ContactNumber = contact.contactNumber;
  if (contact.accountNumber !== undefined) wire.AccountNumber = contact.accountNumber;
  if (contact.defaultCurrency !== undefined) wire.DefaultCurrency = contact.defaultCurrency;
  return wire;
}

export function invoiceToWire(state: OrganisationState, invoice: InvoiceRecord): XeroInvoice {
  const wire: XeroInvoice = {
    Type: invoice.type,
    InvoiceID: invoice.invoiceId,
    InvoiceNumber: invoice.invoiceNumber,
    Reference: invoice.reference,
    Payments: invoice.paymentIds.flatMap((id) => {
      const payment = state.payments.get(id);
      if (payment === undefined || payment.status === 'DELETED') return [];
      return [
        {
          PaymentID: payment.paymentId,
          Date: msDate(payment.date),
          Amount: fromCents(payment.amountCents),
          Reference: payment.reference,
          CurrencyRate: payment.currencyRate,
          HasAccount: false,
          HasValidationErrors: false,
        },
      ];
    }),
    CreditNotes: appliedCredits(invoice, 'CreditNotes'),
    Prepayments: appliedCredits(invoice, 'Prepayments'),
    Overpayments: appliedCredits(invoice, 'Overpayments'),
    AmountDue: fromCents(amountDueCents(invoice)),
    AmountPaid: fromCents(invoice.amountPaidCents),
    AmountCredited: fromCents(invoice.amountCreditedCents ?? 0),
    SentToContact: invoice.sentToContact,
    CurrencyRate: invoice.currencyRate,
    IsDiscounted: false,
    HasAttachments: false,
    HasErrors: false,
    Contact: contactSummaryToWire(state.contacts.get(invoice.contactId), invoice.contactId),
    DateString: isoDateString(invoice.date),
    Date: msDate(invoice.date),
    DueDateString: isoDateString(invoice.dueDate),
    DueDate: msDate(invoice.dueDate),
    Status: invoice.status,
    LineAmountTypes: invoice.lineAmountTypes,
    LineItems: invoice.lineItems.map((line) => {
      const wireLine: XeroInvoice['LineItems'][number] = {
        LineItemID: line.lineItemId,
        Description: line.description,
        Quantity: line.quantity,
        UnitAmount: line.unitAmount,
        TaxType: line.taxType,
        TaxAmount: fromCents(line.taxAmountCents),
        LineAmount: fromCents(line.lineAmountCents),
        Tracking: [],
      };
      if (line.accountCode !== undefined) wireLine.AccountCode = line.accountCode;
      if (line.itemCode !== undefined) wireLine.ItemCode = line.itemCode;
      return wireLine;
    }),
    SubTotal: fromCents(invoice.subTotalCents),
    TotalTax: fromCents(invoice.totalTaxCents),
    Total: fromCents(invoice.totalCents),
    UpdatedDateUTC: msDate(invoice.updatedAt),
    UpdatedDateUTCString: isoTimestampString(invoice.updatedAt),
    CurrencyCode: invoice.currencyCode,
  };
  if (invoice.fullyPaidOn !== undefined) wire.FullyPaidOnDate = msDate(invoice.fullyPaidOn);
  return wire;
}

/** The credits of one kind allocated to an invoice (none without allocations: nothing is built). */
function appliedCredits(invoice: InvoiceRecord, collection: AppliedCredit['collection']): unknown[] {
  if (invoice.creditsApplied === undefined) return [];
  return invoice.creditsApplied
    .filter((credit) => credit.collection === collection)
    .map((credit) => ({
      ...credit.ref,
      Total: fromCents(credit.creditTotalCents),
      AppliedAmount: fromCents(credit.amountCents),
      Date: msDate(credit.date),
      DateString: isoDateString(credit.date),
      LineItems: [],
    }));
}

export function paymentToWire(state: OrganisationState, payment: PaymentRecord): XeroPayment {
  const invoice = state.invoices.get(payment.invoiceId);
  const account = state.accounts.get(payment.accountId);
  const contact = invoice === undefined ? undefined : state.contacts.get(invoice.contactId);
  const amount = fromCents(payment.amountCents);
  const wire: XeroPayment = {
    PaymentID: payment.paymentId,
    Date: msDate(payment.date),
    DateString: isoDateString(payment.date),
    Amount: amount,
    BankAmount: amount,
    Reference: payment.reference,
    CurrencyRate: payment.currencyRate,
    PaymentType: payment.paymentType,
    Status: payment.status,
    IsReconciled: payment.isReconciled,
    UpdatedDateUTC: msDate(payment.updatedAt),
    UpdatedDateUTCString: isoTimestampString(payment.updatedAt),
    HasAccount: true,
    HasValidationErrors: false,
    Account: { AccountID: payment.accountId, Code: account?.code ?? '' },
    Invoice: {
      Type: invoice?.type ?? '',
      InvoiceID: payment.invoiceId,
      InvoiceNumber: invoice?.invoiceNumber ?? '',
      Contact: { ContactID: invoice?.contactId ?? '', Name: contact?.name ?? '' },
      CurrencyCode: invoice?.currencyCode ?? '',
    },
  };
  if (payment.batchPaymentId !== undefined) {
    wire.BatchPaymentID = payment.batchPaymentId;
    wire.BatchPayment = { BatchPaymentID: payment.batchPaymentId };
  }
  return wire;
}

export function accountToWire(account: AccountRecord): XeroAccount {
  const wire: XeroAccount = {
    AccountID: account.accountId,
    Code: account.code,
    Name: account.name,
    Type: account.type,
    Status: account.status,
    TaxType: account.taxType,
    Class: account.accountClass,
    EnablePaymentsToAccount: account.enablePaymentsToAccount,
    ShowInExpenseClaims: false,
    ReportingCode: '',
    HasAttachments: false,
    UpdatedDateUTC: msDate(account.updatedAt),
    AddToWatchlist: false,
  };
  if (account.bankAccountNumber !== undefined) wire.BankAccountNumber = account.bankAccountNumber;
  if (account.bankAccountType !== undefined) wire.BankAccountType = account.bankAccountType;
  if (account.currencyCode !== undefined) wire.CurrencyCode = account.currencyCode;
  if (account.systemAccount !== undefined) wire.SystemAccount = account.systemAccount;
  return wire;
}

export function organisationToWire(organisation: OrganisationRecord): XeroOrganisation {
  return {
    OrganisationID: organisation.organisationId,
    APIKey: '',
    Name: organisation.name,
    LegalName: organisation.legalName,
    PaysTax: true,
    Version: organisation.countryCode,
    OrganisationType: organisation.organisationType,
    BaseCurrency: organisation.baseCurrency,
    CountryCode: organisation.countryCode,
    IsDemoCompany: false,
    OrganisationStatus: 'ACTIVE',
    FinancialYearEndDay: 30,
    FinancialYearEndMonth: 6,
    SalesTaxBasis: 'ACCRUALS',
    SalesTaxPeriod: 'QUARTERLY',
    DefaultSalesTax: 'Tax Exclusive',
    DefaultPurchasesTax: 'Tax Exclusive',
    CreatedDateUTC: msDate(organisation.createdAt),
    Timezone: organisation.timezone,
    OrganisationEntityType: organisation.organisationType,
    ShortCode: organisation.shortCode,
    Class: 'PREMIUM',
    Edition: 'BUSINESS',
    LineOfBusiness: 'Professional services',
    Addresses: [],
    Phones: [],
    ExternalLinks: [],
    PaymentTerms: {},
  };
}
