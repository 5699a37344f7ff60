/**
 * Which OAuth scopes grant an Accounting API call. Any ONE of the returned scopes is enough.
 *
 * Granular scopes (`accounting.invoices`, `accounting.payments`, `accounting.contacts`, `accounting.settings`,
 * each with a `.read` variant) replace the broad `accounting.transactions` for apps created from March 2026;
 * older apps may still hold the broad one, so both are accepted for transaction endpoints (facts §1).
 */
export function requiredScopes(method: string, path: string): string[] {
  const segments = path.split('/').filter(Boolean);
  const resource = (segments[0] ?? '').toLowerCase();
  const read = method.toUpperCase() === 'GET';
  // Files on a record are their own scope in Xero, whatever the record.
  const family =
    segments[2]?.toLowerCase() === 'attachments' && resource in SCOPE_FAMILIES
      ? ATTACHMENT_SCOPES
      : SCOPE_FAMILIES[resource];
  if (family === undefined) return [];
  const scopes: string[] = [];
  for (const scope of family) {
    scopes.push(scope);
    if (read) scopes.push(`${scope}.read`);
  }
  return scopes;
}

const ATTACHMENT_SCOPES: readonly string[] = ['accounting.attachments'];

// Resource (first path segment, lower-cased) → the write scopes that grant it; `.read` twins grant GETs.
const SCOPE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  invoices: ['accounting.invoices', 'accounting.transactions'],
  payments: ['accounting.payments', 'accounting.transactions'],
  batchpayments: ['accounting.payments', 'accounting.transactions'],
  overpayments: ['accounting.payments', 'accounting.transactions'],
  prepayments: ['accounting.payments', 'accounting.transactions'],
  creditnotes: ['accounting.invoices', 'accounting.transactions'],
  contacts: ['accounting.contacts'],
  organisation: ['accounting.settings'],
  accounts: ['accounting.settings'],
  taxrates: ['accounting.settings'],
  currencies: ['accounting.settings'],
  trackingcategories: ['accounting.settings'],
  items: ['accounting.settings'],
  banktransactions: ['accounting.banktransactions', 'accounting.transactions'],
};
