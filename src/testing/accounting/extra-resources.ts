/**
 * The organisation's settings (tax rates, currencies, tracking categories, items), its bank transactions
 * and invoice history notes: seeded on first use from the organisation's id, so they are the same on every
 * run and never shift the ids of the records `seed-data.ts` makes.
 */
import type { LineAmountTypes } from './money.js';
import { createPrng, hashSeed, type Prng } from './prng.js';
import type { LineItemRecord, OrganisationState } from './records.js';
import { addDays, startOfUtcDay } from './xero-dates.js';

export interface TaxRateRecord {
  name: string;
  taxType: string;
  reportTaxType: string;
  /** Percent, e.g. 10 for 10 %. */
  rate: number;
  canApplyToRevenue: boolean;
  canApplyToExpenses: boolean;
}

export interface CurrencyRecord {
  code: string;
  description: string;
}

export interface TrackingOptionRecord {
  trackingOptionId: string;
  name: string;
  status: 'ACTIVE' | 'ARCHIVED';
}

export interface TrackingCategoryRecord {
  trackingCategoryId: string;
  name: string;
  status: 'ACTIVE' | 'ARCHIVED';
  options: TrackingOptionRecord[];
}

export interface ItemPriceRecord {
  unitPrice: number;
  accountCode: string;
  taxType: string;
}

export interface ItemRecord {
  itemId: string;
  code: string;
  name: string;
  description: string;
  purchaseDescription: string;
  sales?: ItemPriceRecord;
  purchase?: ItemPriceRecord;
  updatedAt: number;
}

export type BankTransactionType = 'RECEIVE' | 'SPEND';

export interface BankTransactionRecord {
  bankTransactionId: string;
  type: BankTransactionType;
  contactId: string;
  bankAccountId: string;
  lineItems: LineItemRecord[];
  lineAmountTypes: LineAmountTypes;
  date: number;
  reference: string;
  currencyCode: string;
  currencyRate: number;
  status: 'AUTHORISED' | 'DELETED';
  isReconciled: boolean;
  subTotalCents: number;
  totalTaxCents: number;
  totalCents: number;
  updatedAt: number;
}

/** One entry of a record's history: a note added through the API, or a change the simulator made. */
export interface HistoryEntry {
  changes: string;
  details: string;
  user: string;
  at: number;
}

export interface ExtraResources {
  taxRates: TaxRateRecord[];
  currencies: CurrencyRecord[];
  trackingCategories: Map<string, TrackingCategoryRecord>;
  items: Map<string, ItemRecord>;
  /** Lower-cased Code → ItemID. */
  itemIdByCode: Map<string, string>;
  bankTransactions: Map<string, BankTransactionRecord>;
  /** Lower-cased record id (invoice, bank transaction…) → its history, oldest first. */
  history: Map<string, HistoryEntry[]>;
  /** Ids for records created through the API: a stream of its own, so call order never shifts seeded ids. */
  ids: Prng;
}

/** The organisation's extra resources, seeded on first use. */
export function extraResources(state: OrganisationState): ExtraResources {
  state.extras ??= seedExtraResources(state);
  return state.extras;
}

const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  AUD: 'Australian Dollar',
  NZD: 'New Zealand Dollar',
  GBP: 'British Pound',
  USD: 'United States Dollar',
  EUR: 'Euro',
};

function seedExtraResources(state: OrganisationState): ExtraResources {
  const prng = createPrng(hashSeed(`${state.organisation.organisationId}/extras`));
  const standard = Math.round(state.standardTaxRate * 10_000) / 100;
  const taxRates: TaxRateRecord[] = [
    rate('Tax on Sales', 'OUTPUT', 'OUTPUT', standard, true, false),
    rate('Tax on Purchases', 'INPUT', 'INPUT', standard, false, true),
    rate('Tax Exempt', 'NONE', 'NONE', 0, true, true),
    rate('BAS Excluded', 'BASEXCLUDED', 'BASEXCLUDED', 0, true, true),
    rate('Exempt Income', 'EXEMPTOUTPUT', 'EXEMPTOUTPUT', 0, true, false),
    rate('Exempt Expenses', 'EXEMPTEXPENSES', 'EXEMPTEXPENSES', 0, false, true),
  ];
  const base = state.organisation.baseCurrency;
  const codes = [base, ...['USD', 'EUR', 'GBP'].filter((code) => code !== base)];
  const currencies = codes.map((code) => ({ code, description: CURRENCY_NAMES[code] ?? code }));

  const trackingCategories = new Map<string, TrackingCategoryRecord>();
  const category = (
    name: string,
    status: 'ACTIVE' | 'ARCHIVED',
    options: Array<[string, 'ACTIVE' | 'ARCHIVED']>,
  ): void => {
    const record: TrackingCategoryRecord = {
      trackingCategoryId: prng.uuid(),
      name,
      status,
      options: options.map(([optionName, optionStatus]) => ({
        trackingOptionId: prng.uuid(),
        name: optionName,
        status: optionStatus,
      })),
    };
    trackingCategories.set(record.trackingCategoryId, record);
  };
  category('Region', 'ACTIVE', [
    ['North', 'ACTIVE'],
    ['South', 'ACTIVE'],
    ['West', 'ARCHIVED'],
  ]);
  category('Department', 'ACTIVE', [
    ['Sales', 'ACTIVE'],
    ['Operations', 'ACTIVE'],
  ]);
  category('Legacy projects', 'ARCHIVED', [['Apollo', 'ACTIVE']]);

  const today = startOfUtcDay(state.organisation.createdAt);
  const items = new Map<string, ItemRecord>();
  const itemIdByCode = new Map<string, string>();
  const item = (record: Omit<ItemRecord, 'itemId' | 'updatedAt'>, daysAfterCreation: number): void => {
    const full: ItemRecord = { ...record, itemId: prng.uuid(), updatedAt: addDays(today, daysAfterCreation) };
    items.set(full.itemId, full);
    itemIdByCode.set(full.code.toLowerCase(), full.itemId);
  };
  item(
    {
      code: 'CONSULT-HR',
      name: 'Consulting (hour)',
      description: 'Consulting, per hour',
      purchaseDescription: '',
      sales: { unitPrice: 150, accountCode: '200', taxType: 'OUTPUT' },
    },
    30,
  );
  item(
    {
      code: 'WIDGET',
      name: 'Widget',
      description: 'Standard widget',
      purchaseDescription: 'Widget from the supplier',
      sales: { unitPrice: 25, accountCode: '200', taxType: 'OUTPUT' },
      purchase: { unitPrice: 11.5, accountCode: '310', taxType: 'INPUT' },
    },
    60,
  );
  item(
    {
      code: 'ADS',
      name: 'Advertising',
      description: '',
      purchaseDescription: 'Online advertising',
      purchase: { unitPrice: 400, accountCode: '400', taxType: 'INPUT' },
    },
    90,
  );

  return {
    taxRates,
    currencies,
    trackingCategories,
    items,
    itemIdByCode,
    bankTransactions: new Map(),
    history: new Map(),
    ids: createPrng(hashSeed(`${state.organisation.organisationId}/extras/api`)),
  };
}

function rate(
  name: string,
  taxType: string,
  reportTaxType: string,
  percent: number,
  canApplyToRevenue: boolean,
  canApplyToExpenses: boolean,
): TaxRateRecord {
  return { name, taxType, reportTaxType, rate: percent, canApplyToRevenue, canApplyToExpenses };
}
