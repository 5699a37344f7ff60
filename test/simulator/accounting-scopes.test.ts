import { describe, expect, it } from 'vitest';
import { requiredScopes } from '../../src/testing/accounting/index.js';

describe('accounting model: requiredScopes', () => {
  it('grants invoice reads to the granular and the broad scopes, read or write', () => {
    expect(new Set(requiredScopes('GET', '/Invoices'))).toEqual(
      new Set([
        'accounting.invoices',
        'accounting.invoices.read',
        'accounting.transactions',
        'accounting.transactions.read',
      ]),
    );
    expect(new Set(requiredScopes('get', '/invoices/abc'))).toEqual(
      new Set(requiredScopes('GET', '/Invoices')),
    );
  });

  it('grants writes only to write scopes', () => {
    expect(new Set(requiredScopes('PUT', '/Payments'))).toEqual(
      new Set(['accounting.payments', 'accounting.transactions']),
    );
    expect(new Set(requiredScopes('POST', '/Invoices'))).toEqual(
      new Set(['accounting.invoices', 'accounting.transactions']),
    );
    expect(requiredScopes('POST', '/Contacts')).toEqual(['accounting.contacts']);
  });

  it('maps contacts and settings', () => {
    expect(new Set(requiredScopes('GET', '/Contacts'))).toEqual(
      new Set(['accounting.contacts', 'accounting.contacts.read']),
    );
    expect(new Set(requiredScopes('GET', '/Organisation'))).toEqual(
      new Set(['accounting.settings', 'accounting.settings.read']),
    );
    expect(new Set(requiredScopes('GET', '/Accounts'))).toEqual(
      new Set(['accounting.settings', 'accounting.settings.read']),
    );
  });

  it('returns no scopes for a path the model does not serve (the model answers 404 itself)', () => {
    expect(requiredScopes('GET', '/Quotes')).toEqual([]);
  });
});
