import { describe, expect, it } from 'vitest';
import {
  contactsOf,
  createHarness,
  elementsOf,
  envelope,
  type Harness,
  invoicesOf,
  salesInvoice,
  validationMessages,
} from './accounting-harness.js';

function activeContactId(h: Harness): string {
  const contact = h.model.contacts().find((c) => c.ContactStatus === 'ACTIVE');
  if (contact === undefined) throw new Error('no active contact');
  return contact.ContactID;
}

function invoiceWithStatus(h: Harness, status: string) {
  const invoice = h.model.invoices().find((i) => i.Status === status);
  if (invoice === undefined) throw new Error(`no ${status} invoice`);
  return invoice;
}

describe('accounting model: creating invoices', () => {
  it('PUT /Invoices creates invoices with computed totals, a number, and the Xero envelope', () => {
    const h = createHarness();
    const contactId = activeContactId(h);
    const res = h.call('PUT', '/Invoices', {
      body: {
        Invoices: [
          salesInvoice(contactId, {
            LineItems: [
              { Description: 'Design', Quantity: 2, UnitAmount: 150, AccountCode: '200' },
              { Description: 'Hosting', Quantity: 1, UnitAmount: '20.50', TaxType: 'NONE' },
            ],
          }),
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(envelope(res)).toMatchObject({ Status: 'OK', ProviderName: 'Wise-Pay' });
    const [created] = invoicesOf(res);
    expect(created).toMatchObject({
      Type: 'ACCREC',
      Status: 'AUTHORISED',
      SubTotal: 320.5,
      TotalTax: 30,
      Total: 350.5,
      AmountDue: 350.5,
      AmountPaid: 0,
      CurrencyCode: 'AUD',
      DateString: '2025-01-10T00:00:00',
      DueDateString: '2025-02-10T00:00:00',
      Date: `/Date(${Date.UTC(2025, 0, 10)}+0000)/`,
      UpdatedDateUTC: `/Date(${h.now()}+0000)/`,
      Contact: expect.objectContaining({ ContactID: contactId }),
    });
    expect(created?.InvoiceNumber).toMatch(/^INV-\d{4}$/);
    expect(created).not.toHaveProperty('StatusAttributeString');
    expect(h.model.invoice(created?.InvoiceID ?? '')).toEqual(created);
    expect(h.model.invoices()).toHaveLength(41);
  });

  it('accepts a single invoice object as the body and a contact by Name (created when new)', () => {
    const h = createHarness();
    const res = h.call('POST', '/Invoices', {
      body: {
        Type: 'ACCPAY',
        Contact: { Name: 'Brand New Supplier' },
        LineItems: [{ Description: 'Paper', UnitAmount: 12 }],
      },
    });
    expect(res.status).toBe(200);
    const [bill] = invoicesOf(res);
    expect(bill).toMatchObject({ Type: 'ACCPAY', Status: 'DRAFT', InvoiceNumber: '', Total: 13.2 });
    const supplier = h.model.contacts().find((c) => c.Name === 'Brand New Supplier');
    expect(supplier?.IsSupplier).toBe(true);
    expect(bill?.Contact.ContactID).toBe(supplier?.ContactID);
  });

  it('validates each element and names every problem', () => {
    const h = createHarness();
    const contactId = activeContactId(h);
    const res = h.call('PUT', '/Invoices', {
      query: 'summarizeErrors=false',
      body: {
        Invoices: [
          { Type: 'ACCREC', LineItems: [{ UnitAmount: 1 }] },
          { Type: 'QUOTE', Contact: { ContactID: contactId }, LineItems: [{ UnitAmount: 1 }] },
          { Type: 'ACCREC', Contact: { ContactID: contactId }, LineItems: [] },
          {
            Type: 'ACCREC',
            Contact: { ContactID: contactId },
            LineItems: [{ Quantity: 'two', UnitAmount: 'lots' }],
          },
          salesInvoice(contactId, { Date: '31/01/2025' }),
          salesInvoice(contactId, { Status: 'PAID' }),
          salesInvoice(contactId, { InvoiceNumber: 'INV-0001' }),
          salesInvoice('00000000-0000-0000-0000-00000000dead'),
          'not an object',
        ],
      },
    });
    expect(res.status).toBe(200);
    const elements = elementsOf(res, 'Invoices');
    expect(elements.map((e) => e.StatusAttributeString)).toEqual(Array(9).fill('ERROR'));
    expect(validationMessages(elements[0])).toEqual([
      'A Contact must be specified for this type of transaction',
    ]);
    expect(validationMessages(elements[1])[0]).toContain("Invoice Type 'QUOTE'");
    expect(validationMessages(elements[2])).toEqual(['At least one LineItem must be specified']);
    expect(validationMessages(elements[3])).toEqual([
      "LineItem 1: Quantity 'two' must be a number",
      "LineItem 1: UnitAmount 'lots' must be a number",
    ]);
    expect(validationMessages(elements[4])[0]).toContain("Date '31/01/2025'");
    expect(validationMessages(elements[5])).toEqual(['Invoice not of valid status for creation']);
    expect(validationMessages(elements[6])).toEqual(['Invoice # must be unique.']);
    expect(validationMessages(elements[7])[0]).toContain('could not be found');
    expect(validationMessages(elements[8])[0]).toContain('JSON object');
    expect(elements[0]?.HasErrors).toBe(true);
    expect(h.model.invoices()).toHaveLength(40);
  });

  it('summarizeErrors=false: 200, valid elements created with OK, invalid ones ERROR, warnings WARNING', () => {
    const h = createHarness();
    const contactId = activeContactId(h);
    const res = h.call('PUT', '/Invoices', {
      query: 'summarizeErrors=false',
      body: {
        Invoices: [
          salesInvoice(contactId, { Reference: 'good-1' }),
          salesInvoice(contactId, { Reference: 'bad', LineItems: [] }),
          salesInvoice(contactId, { Reference: 'good-2', Total: 1 }),
        ],
      },
    });
    expect(res.status).toBe(200);
    const [ok, bad, warned] = elementsOf(res, 'Invoices');
    expect(ok).toMatchObject({ StatusAttributeString: 'OK', Reference: 'good-1' });
    expect(ok?.InvoiceID).toBeTypeOf('string');
    expect(bad).toMatchObject({ StatusAttributeString: 'ERROR', Reference: 'bad', HasErrors: true });
    expect(bad?.InvoiceID).toBeUndefined();
    expect(warned).toMatchObject({ StatusAttributeString: 'WARNING', Reference: 'good-2', Total: 330 });
    expect(warned?.Warnings?.[0]?.Message).toContain('was ignored');
    expect(h.model.invoices().filter((i) => i.Reference.startsWith('good-'))).toHaveLength(2);
    expect(h.model.invoices().some((i) => i.Reference === 'bad')).toBe(false);
  });

  it('default summarizeErrors: one invalid element makes a 400 ValidationException, yet the valid ones ARE created (the trap)', () => {
    const h = createHarness();
    const contactId = activeContactId(h);
    const res = h.call('PUT', '/Invoices', {
      body: {
        Invoices: [
          salesInvoice(contactId, { Reference: 'trap-valid-1' }),
          { Type: 'ACCREC', Reference: 'trap-invalid', LineItems: [{ UnitAmount: 5 }] },
          salesInvoice(contactId, { Reference: 'trap-valid-2' }),
        ],
      },
    });
    expect(res.status).toBe(400);
    const body = envelope(res);
    expect(body).toMatchObject({
      ErrorNumber: 10,
      Type: 'ValidationException',
      Message: 'A validation exception occurred',
    });
    const elements = body.Elements as Record<string, unknown>[];
    expect(elements).toHaveLength(1);
    expect(elements[0]).toMatchObject({
      Reference: 'trap-invalid',
      ValidationErrors: [{ Message: 'A Contact must be specified for this type of transaction' }],
    });
    expect(JSON.stringify(body)).not.toMatch(/trap-valid/);
    // …but both valid invoices exist now, and the client was given no id for either.
    const created = h.model.invoices().filter((i) => i.Reference.startsWith('trap-valid'));
    expect(created.map((i) => i.Reference)).toEqual(['trap-valid-1', 'trap-valid-2']);
  });

  it('an empty or non-JSON body is a 400 PostDataInvalidException', () => {
    const h = createHarness();
    const invalid = h.call('PUT', '/Invoices', { body: { __invalidJson: true } });
    expect(invalid.status).toBe(400);
    expect(envelope(invalid)).toMatchObject({ ErrorNumber: 14, Type: 'PostDataInvalidException' });
    expect(String(envelope(invalid).Message)).toContain('JSON request body could not be read');
    const empty = h.call('POST', '/Invoices', {});
    expect(empty.status).toBe(400);
    expect(envelope(empty).Type).toBe('PostDataInvalidException');
    expect(h.model.invoices()).toHaveLength(40);
  });

  it('accepts a batch above the recommended 50 elements', () => {
    const h = createHarness();
    const contactId = activeContactId(h);
    const res = h.call('PUT', '/Invoices', {
      body: {
        Invoices: Array.from({ length: 60 }, (_, i) => salesInvoice(contactId, { Reference: `bulk-${i}` })),
      },
    });
    expect(res.status).toBe(200);
    expect(invoicesOf(res)).toHaveLength(60);
  });
});

describe('accounting model: updating invoices', () => {
  it('POST updates by InvoiceID or InvoiceNumber, recomputing totals and UpdatedDateUTC', () => {
    const h = createHarness();
    const draft = invoiceWithStatus(h, 'DRAFT');
    h.advance(5_000);
    const res = h.call('POST', '/Invoices', {
      body: {
        Invoices: [
          {
            InvoiceID: draft.InvoiceID,
            Status: 'AUTHORISED',
            LineItems: [{ Description: 'Only line', Quantity: 1, UnitAmount: 100, AccountCode: '200' }],
          },
        ],
      },
    });
    expect(res.status).toBe(200);
    expect(invoicesOf(res)[0]).toMatchObject({
      InvoiceID: draft.InvoiceID,
      Status: 'AUTHORISED',
      Total: 110,
      AmountDue: 110,
      UpdatedDateUTC: `/Date(${h.now()}+0000)/`,
    });

    const byNumber = h.call('POST', '/Invoices', {
      body: { Invoices: [{ InvoiceNumber: draft.InvoiceNumber, Reference: 'renamed' }] },
    });
    expect(invoicesOf(byNumber)[0]).toMatchObject({ InvoiceID: draft.InvoiceID, Reference: 'renamed' });

    const viaPath = h.call('POST', `/Invoices/${draft.InvoiceID}`, {
      body: { Invoices: [{ Status: 'VOIDED' }] },
    });
    expect(invoicesOf(viaPath)[0]).toMatchObject({ Status: 'VOIDED', AmountDue: 0 });
    expect(h.model.invoices()).toHaveLength(40);
  });

  it('rejects updates to PAID, VOIDED and DELETED invoices and leaves them unchanged', () => {
    const h = createHarness();
    for (const status of ['PAID', 'VOIDED', 'DELETED']) {
      const invoice = invoiceWithStatus(h, status);
      const res = h.call('POST', '/Invoices', {
        query: 'summarizeErrors=false',
        body: { Invoices: [{ InvoiceID: invoice.InvoiceID, Reference: 'changed' }] },
      });
      expect(validationMessages(elementsOf(res, 'Invoices')[0])).toEqual([
        'Invoice not of valid status for modification',
      ]);
      expect(h.model.invoice(invoice.InvoiceID)).toEqual(invoice);
    }
  });

  it('rejects impossible status moves, type changes, PUT with an id and unknown ids', () => {
    const h = createHarness();
    const authorised = invoiceWithStatus(h, 'AUTHORISED');
    const draft = invoiceWithStatus(h, 'DRAFT');
    const res = h.call('POST', '/Invoices', {
      query: 'summarizeErrors=false',
      body: {
        Invoices: [
          { InvoiceID: authorised.InvoiceID, Status: 'DRAFT' },
          { InvoiceID: authorised.InvoiceID, Status: 'PAID' },
          { InvoiceID: draft.InvoiceID, Type: draft.Type === 'ACCREC' ? 'ACCPAY' : 'ACCREC' },
          { InvoiceID: '00000000-0000-0000-0000-000000000000', Reference: 'x' },
        ],
      },
    });
    const messages = elementsOf(res, 'Invoices').map((e) => validationMessages(e).join(' | '));
    expect(messages[0]).toContain('cannot become DRAFT');
    expect(messages[1]).toContain('create a Payment');
    expect(messages[2]).toContain('cannot be changed');
    expect(messages[3]).toBe('The document with the supplied id was not found for this endpoint.');
    const put = h.call('PUT', '/Invoices', {
      query: 'summarizeErrors=false',
      body: { Invoices: [{ InvoiceID: draft.InvoiceID }] },
    });
    expect(validationMessages(elementsOf(put, 'Invoices')[0])[0]).toContain('use POST');
    expect(
      h.call('POST', '/Invoices/00000000-0000-0000-0000-000000000000', { body: { Reference: 'x' } }).status,
    ).toBe(404);
  });

  it('refuses to change amounts or void an invoice that has a payment', () => {
    const h = createHarness();
    const partlyPaid = h.model.invoices().find((i) => i.Status === 'AUTHORISED' && i.AmountPaid > 0);
    if (partlyPaid === undefined) throw new Error('seed has no part-paid invoice');
    const res = h.call('POST', '/Invoices', {
      query: 'summarizeErrors=false',
      body: {
        Invoices: [
          { InvoiceID: partlyPaid.InvoiceID, LineItems: [{ Description: 'cheaper', UnitAmount: 1 }] },
          { InvoiceID: partlyPaid.InvoiceID, Status: 'VOIDED' },
        ],
      },
    });
    for (const element of elementsOf(res, 'Invoices')) {
      expect(validationMessages(element)).toEqual([
        'This document cannot be edited as it has a payment or credit note allocated to it.',
      ]);
    }
    expect(h.model.invoice(partlyPaid.InvoiceID)).toEqual(partlyPaid);
  });
});

describe('accounting model: contacts', () => {
  it('PUT creates contacts; POST updates by ContactID', () => {
    const h = createHarness();
    const created = h.call('PUT', '/Contacts', {
      body: { Contacts: [{ Name: 'Kiwi Kayaks', EmailAddress: 'hi@kiwi.example' }] },
    });
    expect(created.status).toBe(200);
    const [contact] = contactsOf(created);
    expect(contact).toMatchObject({
      Name: 'Kiwi Kayaks',
      EmailAddress: 'hi@kiwi.example',
      ContactStatus: 'ACTIVE',
    });
    const updated = h.call('POST', '/Contacts', {
      body: { Contacts: [{ ContactID: contact?.ContactID, Name: 'Kiwi Kayaks Ltd' }] },
    });
    expect(contactsOf(updated)[0]).toMatchObject({ ContactID: contact?.ContactID, Name: 'Kiwi Kayaks Ltd' });
    expect(h.model.contacts().filter((c) => c.Name.startsWith('Kiwi Kayaks'))).toHaveLength(1);
  });

  it('rejects a duplicate name with Xero’s message, and a missing name or bad email', () => {
    const h = createHarness();
    const existing = h.model.contacts().find((c) => c.ContactStatus === 'ACTIVE');
    const res = h.call('PUT', '/Contacts', {
      query: 'summarizeErrors=false',
      body: {
        Contacts: [
          { Name: existing?.Name.toUpperCase() },
          { FirstName: 'No', LastName: 'Name' },
          { Name: 'Fresh Name', EmailAddress: 'not-an-email' },
          { Name: 'Twice' },
          { Name: 'Twice' },
        ],
      },
    });
    const elements = elementsOf(res, 'Contacts');
    expect(validationMessages(elements[0])).toEqual([
      `The contact name ${existing?.Name.toUpperCase()} is already assigned to another contact. The contact name must be unique across all active contacts.`,
    ]);
    expect(validationMessages(elements[1])).toEqual(['The contact name must be specified.']);
    expect(validationMessages(elements[2])).toEqual(['Email address must be valid.']);
    expect(elements[3]?.StatusAttributeString).toBe('OK');
    expect(elements[4]?.StatusAttributeString).toBe('ERROR');
    expect(elements[4]?.HasValidationErrors).toBe(true);
    expect(h.model.contacts().filter((c) => c.Name === 'Twice')).toHaveLength(1);

    const summarized = h.call('PUT', '/Contacts', { body: { Contacts: [{ Name: 'Twice' }] } });
    expect(summarized.status).toBe(400);
    expect(envelope(summarized).Type).toBe('ValidationException');
  });
});
