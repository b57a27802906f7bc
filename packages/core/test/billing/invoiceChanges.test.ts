import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertInvoiceEditable, creditInvoice, creditNoteAmount, issueInvoice, numberCreditNotes, outstandingMinor, uncreditedParts, voidInvoice } from '../../src';
import { aCharge, anInvoice, refusalOf } from './billingFixtures';

const AT = '2026-03-10T12:00:00.000Z';

describe('issueInvoice', () => {
  it('issues a draft with its dates and a balanced receivable / revenue / tax entry', () => {
    const { next, entry } = issueInvoice(anInvoice({ status: 'draft', issuedOn: undefined, dueOn: undefined }), '2026-03-10', '2026-04-09', AT);
    expect(next).toMatchObject({ status: 'issued', issuedOn: '2026-03-10', dueOn: '2026-04-09' });
    expect(entry.lines).toEqual(
      expect.arrayContaining([
        { account: 'receivable:payer-client', debitMinor: 11_300, creditMinor: 0 },
        { account: 'revenue', debitMinor: 0, creditMinor: 10_000 },
        { account: 'tax:HST', debitMinor: 0, creditMinor: 1300 },
      ]),
    );
  });

  it('refuses to issue twice', () => {
    expect(refusalOf(() => issueInvoice(anInvoice(), '2026-03-10', '2026-04-09', AT)).details.code).toBe('invoice_transition');
  });
});

describe('assertInvoiceEditable', () => {
  it.each(['issued', 'paid', 'void'] as const)('refuses to edit a %s invoice', (status) => {
    expect(refusalOf(() => assertInvoiceEditable({ status })).details.code).toBe('invoice_immutable');
  });
});

describe('voidInvoice', () => {
  it('releases the charges still on it and reverses what is left of an issued invoice', () => {
    const invoice = anInvoice();
    const onIt = aCharge({ chargeId: 'c1', status: 'invoiced', invoiceId: invoice.invoiceId });
    const credited = aCharge({ chargeId: 'c2', status: 'credited', invoiceId: invoice.invoiceId });
    const { next, released, entry } = voidInvoice(invoice, [onIt, credited], 'Wrong payer', AT);
    expect(next.status).toBe('void');
    expect(next.notes).toBe('Void: Wrong payer');
    expect(released).toHaveLength(1);
    expect(released[0]!.next.status).toBe('open');
    expect(released[0]!.next).not.toHaveProperty('invoiceId');
    expect(entry?.source).toBe('void');
  });

  it('posts nothing when voiding a draft', () => {
    expect(voidInvoice(anInvoice({ status: 'draft' }), [], 'Duplicate', AT).entry).toBeUndefined();
  });

  it('refuses an invoice with payments, or credited by hand', () => {
    expect(refusalOf(() => voidInvoice(anInvoice({ paidMinor: 100 }), [], 'x', AT)).details.code).toBe('invoice_has_payments');
    const credited = creditInvoice(anInvoice(), { creditNoteId: 'cn', creditNoteNumber: 1, amountMinor: 500, reason: 'Goodwill', at: AT }).next;
    expect(refusalOf(() => voidInvoice(credited, [], 'x', AT)).details.code).toBe('invoice_has_credit_notes');
  });
});

describe('creditNoteAmount', () => {
  it('defaults to everything outstanding', () => {
    expect(creditNoteAmount(anInvoice({ paidMinor: 1300 }), undefined)).toBe(10_000);
  });

  it('refuses more than outstanding at the amount field, and invoices that are not issued', () => {
    const error = refusalOf(() => creditNoteAmount(anInvoice(), 11_301));
    expect(error.details.issues).toEqual([{ path: 'amountMinor', message: 'At most 11300.' }]);
    expect(refusalOf(() => creditNoteAmount(anInvoice({ status: 'draft' }), 100)).details.code).toBe('invoice_not_open');
  });
});

describe('creditInvoice', () => {
  it('settles the invoice when the credit covers what is outstanding', () => {
    const { next } = creditInvoice(anInvoice({ paidMinor: 1300 }), { creditNoteId: 'cn', creditNoteNumber: 3, amountMinor: 10_000, reason: 'r', at: AT });
    expect(next.status).toBe('paid');
    expect(next.creditNotes[0]).toMatchObject({ creditNoteLabel: 'CN-000003', amountMinor: 10_000 });
  });

  it('splits every credit over subtotal and taxes exactly, and never credits more than was charged', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 6 }), (credits) => {
        let invoice = anInvoice();
        credits.forEach((amount, index) => {
          const allowed = Math.min(amount, outstandingMinor(invoice));
          if (allowed <= 0) return;
          const { next, entry } = creditInvoice(invoice, { creditNoteId: `cn${index}`, creditNoteNumber: index + 1, amountMinor: allowed, reason: 'r', at: AT });
          const note = next.creditNotes.at(-1)!;
          expect(note.subtotalMinor + Object.values(note.taxByCode).reduce((sum, tax) => sum + tax, 0)).toBe(allowed);
          expect(entry.lines.reduce((sum, line) => sum + line.debitMinor - line.creditMinor, 0)).toBe(0);
          invoice = next;
        });
        const left = uncreditedParts(invoice);
        expect(left.subtotalMinor).toBeGreaterThanOrEqual(0);
        expect(left.taxByCode.HST ?? 0).toBeGreaterThanOrEqual(0);
        expect(left.subtotalMinor + (left.taxByCode.HST ?? 0)).toBe(invoice.totalMinor - invoice.creditedMinor);
      }),
    );
  });
});

describe('numberCreditNotes', () => {
  it('numbers only the notes named, in their order', () => {
    let invoice = anInvoice({ totalMinor: 11_300 });
    for (const id of ['old', 'a', 'b']) invoice = creditInvoice(invoice, { creditNoteId: id, creditNoteNumber: id === 'old' ? 4 : 0, amountMinor: 100, reason: 'r', at: AT }).next;
    const numbered = numberCreditNotes(invoice, ['a', 'b'], 12);
    expect(numbered.creditNotes.map((note) => note.creditNoteLabel)).toEqual(['CN-000004', 'CN-000012', 'CN-000013']);
  });
});
