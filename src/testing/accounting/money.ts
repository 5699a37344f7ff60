/** Money arithmetic in whole cents, so 0.1 + 0.2 never leaves an invoice 0.00000001 unpaid. */

export function toCents(amount: number): number {
  return Math.round(amount * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** A finite number, or a numeric string (clients often send "20.00"). */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

export type LineAmountTypes = 'Exclusive' | 'Inclusive' | 'NoTax';

// Tax types that carry no tax; every other type is charged at the organisation's standard rate.
const ZERO_RATED_TAX_TYPES = new Set([
  'NONE',
  'EXEMPTOUTPUT',
  'EXEMPTEXPENSES',
  'BASEXCLUDED',
  'EXEMPTINPUT',
]);

export function taxRateFor(taxType: string, standardRate: number): number {
  return ZERO_RATED_TAX_TYPES.has(taxType.toUpperCase()) ? 0 : standardRate;
}

/** The tax part of one line, in cents. */
export function lineTaxCents(lineAmountCents: number, rate: number, amountTypes: LineAmountTypes): number {
  if (amountTypes === 'NoTax' || rate === 0) return 0;
  if (amountTypes === 'Exclusive') return Math.round(lineAmountCents * rate);
  return lineAmountCents - Math.round(lineAmountCents / (1 + rate));
}
