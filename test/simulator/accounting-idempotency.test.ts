import { describe, expect, it } from 'vitest';
import { DEFAULT_IDEMPOTENCY_RETENTION_MS } from '../../src/testing/accounting/index.js';
import { createHarness, envelope, type Harness, salesInvoice } from './accounting-harness.js';

function body(h: Harness, reference: string) {
  const contact = h.model.contacts().find((c) => c.ContactStatus === 'ACTIVE');
  return { Invoices: [salesInvoice(contact?.ContactID ?? '', { Reference: reference })] };
}

const count = (h: Harness, reference: string) =>
  h.model.invoices().filter((i) => i.Reference === reference).length;

describe('accounting model: Idempotency-Key', () => {
  it('a replay returns the first response and does not create a second record', () => {
    const h = createHarness();
    const headers = { 'Idempotency-Key': 'create-invoice-1' };
    const first = h.call('PUT', '/Invoices', {
      headers,
      body: body(h, 'idem'),
      query: 'summarizeErrors=false',
    });
    h.advance(1_000);
    const replay = h.call('PUT', '/Invoices', {
      headers,
      body: body(h, 'idem'),
      query: 'summarizeErrors=false',
    });
    expect(replay).toEqual(first);
    expect(count(h, 'idem')).toBe(1);
    expect(h.model.idempotencyKeyCount(h.now())).toBe(1);
  });

  it('also replays a 400 whose valid elements were created (the summarizeErrors trap is not doubled)', () => {
    const h = createHarness();
    const batch = body(h, 'trap');
    batch.Invoices.push({ Type: 'ACCREC', Reference: 'broken' });
    const headers = { 'Idempotency-Key': 'trap-key' };
    const first = h.call('PUT', '/Invoices', { headers, body: batch });
    expect(first.status).toBe(400);
    const replay = h.call('PUT', '/Invoices', { headers, body: batch });
    expect(replay).toEqual(first);
    expect(count(h, 'trap')).toBe(1);
  });

  it('the same key with a different request is a 400 and does nothing', () => {
    const h = createHarness();
    const headers = { 'idempotency-key': 'reused' };
    expect(h.call('PUT', '/Invoices', { headers, body: body(h, 'one') }).status).toBe(200);
    const conflict = h.call('PUT', '/Invoices', { headers, body: body(h, 'two') });
    expect(conflict.status).toBe(400);
    expect(String(envelope(conflict).Message)).toContain('already used for a different request');
    expect(count(h, 'two')).toBe(0);
    // Same body on another path or query is a different request too.
    expect(h.call('POST', '/Invoices', { headers, body: body(h, 'one') }).status).toBe(400);
    expect(
      h.call('PUT', '/Invoices', { headers, body: body(h, 'one'), query: 'summarizeErrors=false' }).status,
    ).toBe(400);
  });

  it('keys are scoped per client: another app may use the same key', () => {
    const h = createHarness();
    const headers = { 'Idempotency-Key': 'shared-key' };
    h.call('PUT', '/Invoices', { headers, body: body(h, 'per-client'), clientId: 'app-a' });
    h.call('PUT', '/Invoices', { headers, body: body(h, 'per-client'), clientId: 'app-b' });
    expect(count(h, 'per-client')).toBe(2);
  });

  it('rejects a key longer than 128 characters, doing nothing', () => {
    const h = createHarness();
    const ok = h.call('PUT', '/Invoices', {
      headers: { 'Idempotency-Key': 'k'.repeat(128) },
      body: body(h, 'len-128'),
    });
    expect(ok.status).toBe(200);
    const tooLong = h.call('PUT', '/Invoices', {
      headers: { 'Idempotency-Key': 'k'.repeat(129) },
      body: body(h, 'len-129'),
    });
    expect(tooLong.status).toBe(400);
    expect(String(envelope(tooLong).Message)).toContain('128');
    expect(count(h, 'len-129')).toBe(0);
  });

  it('forgets a key after the retention window (per-request retention, default 6 minutes)', () => {
    const h = createHarness();
    const headers = { 'Idempotency-Key': 'short-lived' };
    const retention = { idempotencyRetentionMs: 300 };
    h.call('PUT', '/Invoices', { headers, body: body(h, 'expiring'), ...retention });
    h.advance(299);
    h.call('PUT', '/Invoices', { headers, body: body(h, 'expiring'), ...retention });
    expect(count(h, 'expiring')).toBe(1);
    h.advance(1);
    h.call('PUT', '/Invoices', { headers, body: body(h, 'expiring'), ...retention });
    expect(count(h, 'expiring')).toBe(2);

    // With no per-request value, the model's default (Xero's ~6 minutes) applies.
    const d = createHarness();
    d.call('PUT', '/Invoices', { headers, body: body(d, 'default') });
    d.advance(DEFAULT_IDEMPOTENCY_RETENTION_MS - 1);
    d.call('PUT', '/Invoices', { headers, body: body(d, 'default') });
    expect(count(d, 'default')).toBe(1);
    d.advance(1);
    expect(d.model.idempotencyKeyCount(d.now())).toBe(0);
    d.call('PUT', '/Invoices', { headers, body: body(d, 'default') });
    expect(count(d, 'default')).toBe(2);
  });

  it('applies to payments: a replayed payment is not applied twice', () => {
    const h = createHarness();
    const invoice = h.model.invoices().find((i) => i.Status === 'AUTHORISED' && i.AmountPaid === 0);
    const payment = {
      Payments: [{ Invoice: { InvoiceID: invoice?.InvoiceID }, Account: { Code: '090' }, Amount: 5 }],
    };
    const headers = { 'Idempotency-Key': 'pay-once' };
    const first = h.call('PUT', '/Payments', { headers, body: payment });
    const replay = h.call('PUT', '/Payments', { headers, body: payment });
    expect(replay).toEqual(first);
    expect(h.model.invoice(invoice?.InvoiceID ?? '')?.AmountPaid).toBe(5);
  });

  it('is ignored on GET', () => {
    const h = createHarness();
    const headers = { 'Idempotency-Key': 'x'.repeat(500) };
    expect(h.call('GET', '/Invoices', { headers }).status).toBe(200);
  });
});
