import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assertInvoiceTransition, ConflictError, INVOICE_STATUSES, invoiceTotals, manualCreditMinor, outstandingMinor, type InvoiceStatus } from '../../src';

const allowed: [InvoiceStatus, InvoiceStatus][] = [
  ['draft', 'issued'],
  ['draft', 'void'],
  ['issued', 'paid'],
  ['issued', 'void'],
  ['paid', 'issued'],
];

describe('invoice transitions', () => {
  it('allows exactly the table, refusing every other pair as a conflict naming from and to', () => {
    fc.assert(
      fc.property(fc.constantFrom(...INVOICE_STATUSES), fc.constantFrom(...INVOICE_STATUSES), (from, to) => {
        const isAllowed = allowed.some(([a, b]) => a === from && b === to);
        if (isAllowed) {
          expect(() => assertInvoiceTransition(from, to, { paidMinor: 0 })).not.toThrow();
        } else {
          try {
            assertInvoiceTransition(from, to, { paidMinor: 0 });
            expect.unreachable();
          } catch (error) {
            expect(error).toBeInstanceOf(ConflictError);
            expect((error as ConflictError).details.extra).toEqual({ from, to });
          }
        }
      }),
    );
  });

  it('voids an issued invoice only while nothing is paid', () => {
    expect(() => assertInvoiceTransition('issued', 'void', { paidMinor: 0 })).not.toThrow();
    try {
      assertInvoiceTransition('issued', 'void', { paidMinor: 1 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details.code).toBe('invoice_has_payments');
    }
  });

  it('voids an issued invoice only while nothing is credited by hand (a rollback credit names its charge)', () => {
    const notes = [{ amountMinor: 500, chargeId: '01HZZZZZZZZZZZZZZZZZZZZZZZ' }, { amountMinor: 300 }];
    expect(manualCreditMinor(notes)).toBe(300);
    expect(manualCreditMinor(notes.slice(0, 1))).toBe(0);
    expect(() => assertInvoiceTransition('issued', 'void', { paidMinor: 0, manualCreditMinor: 0 })).not.toThrow();
    expect(() => assertInvoiceTransition('draft', 'void', { paidMinor: 0, manualCreditMinor: 300 })).not.toThrow();
    try {
      assertInvoiceTransition('issued', 'void', { paidMinor: 0, manualCreditMinor: 300 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConflictError);
      expect((error as ConflictError).details.code).toBe('invoice_has_credit_notes');
    }
  });

  it('never leaves void', () => {
    for (const to of INVOICE_STATUSES) expect(() => assertInvoiceTransition('void', to, { paidMinor: 0 })).toThrow(ConflictError);
  });
});

describe('invoice totals', () => {
  it('sums subtotals, tax per code and totals', () => {
    expect(
      invoiceTotals([
        { subtotalMinor: 10_000, taxByCode: { GST: 500, PST: 700 }, totalMinor: 11_200 },
        { subtotalMinor: 2500, taxByCode: { GST: 125 }, totalMinor: 2625 },
        { subtotalMinor: 999, taxByCode: {}, totalMinor: 999 },
      ]),
    ).toEqual({ subtotalMinor: 13_499, taxByCode: { GST: 625, PST: 700 }, taxMinor: 1325, totalMinor: 14_824 });
    expect(invoiceTotals([])).toEqual({ subtotalMinor: 0, taxByCode: {}, taxMinor: 0, totalMinor: 0 });
  });

  it('treats a line whose total is not subtotal plus tax as a bug', () => {
    expect(() => invoiceTotals([{ subtotalMinor: 100, taxByCode: { GST: 5 }, totalMinor: 100 }])).toThrow(Error);
  });

  it('computes outstanding, never below zero', () => {
    expect(outstandingMinor({ totalMinor: 10_000, paidMinor: 2500, creditedMinor: 1000 })).toBe(6500);
    expect(outstandingMinor({ totalMinor: 10_000, paidMinor: 10_000, creditedMinor: 0 })).toBe(0);
    expect(outstandingMinor({ totalMinor: 10_000, paidMinor: 6000, creditedMinor: 5000 })).toBe(0);
  });
});
