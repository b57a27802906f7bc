import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chargesToInvoice, draftInvoice, invoiceTotals, MAX_INVOICE_LINES } from '../../src';
import { aCharge, clientPayer, insurerPayer, refusalOf } from './billingFixtures';

const base = { invoiceId: '01INVOICENEW00000000000001', caseId: '01CASE00000000000000000001', clientId: '01CLIENT000000000000000001', currency: 'CAD', payers: [clientPayer, insurerPayer] };

describe('draftInvoice', () => {
  it("takes the payer's open charges, oldest first, and marks them invoiced", () => {
    const charges = [
      aCharge({ chargeId: 'c3', serviceDate: '2026-03-05' }),
      aCharge({ chargeId: 'c1', serviceDate: '2026-03-01' }),
      aCharge({ chargeId: 'c2', serviceDate: '2026-03-01', status: 'invoiced', invoiceId: 'other' }),
      aCharge({ chargeId: 'c4', serviceDate: '2026-03-02', payerId: insurerPayer.payerId }),
      aCharge({ chargeId: 'c5', serviceDate: '2026-03-03', status: 'removed' }),
    ];
    const draft = draftInvoice({ ...base, payerId: clientPayer.payerId, charges });
    const invoice = draft.invoice(7);
    expect(invoice.lines.map((line) => line.chargeId)).toEqual(['c1', 'c3']);
    expect(invoice).toMatchObject({ invoiceNumber: 7, invoiceLabel: 'INV-000007', status: 'draft', payerName: 'Client', subtotalMinor: 20_000, taxByCode: { HST: 2600 }, totalMinor: 22_600, paidMinor: 0 });
    expect(draft.charges.map(({ before, next }) => [before.status, next.status, next.invoiceId])).toEqual([
      ['open', 'invoiced', base.invoiceId],
      ['open', 'invoiced', base.invoiceId],
    ]);
  });

  it('refuses a payer the case does not have, naming the field', () => {
    const error = refusalOf(() => draftInvoice({ ...base, payerId: 'stranger', charges: [aCharge()] }));
    expect(error.outcome).toBe('bad_request');
    expect(error.details.issues).toEqual([{ path: 'payerId', message: 'Not a payer of this case.' }]);
  });

  it('refuses when nothing is left to invoice', () => {
    const error = refusalOf(() => draftInvoice({ ...base, payerId: clientPayer.payerId, charges: [aCharge({ status: 'invoiced', invoiceId: 'x' })] }));
    expect(error.details.code).toBe('nothing_to_invoice');
  });
});

describe('chargesToInvoice', () => {
  const chargeArbitrary = fc.record({
    chargeId: fc.string({ minLength: 1, maxLength: 6 }),
    serviceDate: fc.constantFrom('2026-01-01', '2026-01-02', '2026-02-10', '2026-03-31'),
    status: fc.constantFrom('open', 'invoiced', 'removed', 'credited') as fc.Arbitrary<'open' | 'invoiced' | 'removed' | 'credited'>,
    payerId: fc.constantFrom('a', 'b'),
  });

  it('never takes more than 95, only open charges of the payer, in service-date order', () => {
    fc.assert(
      fc.property(fc.array(chargeArbitrary, { maxLength: 220 }), (parts) => {
        const charges = parts.map((part) => aCharge(part));
        const taken = chargesToInvoice(charges, 'a');
        const eligible = charges.filter((charge) => charge.status === 'open' && charge.payerId === 'a');
        expect(taken.length).toBe(Math.min(MAX_INVOICE_LINES, eligible.length));
        expect(taken.every((charge) => charge.status === 'open' && charge.payerId === 'a')).toBe(true);
        for (let index = 1; index < taken.length; index++) expect(taken[index - 1]!.serviceDate <= taken[index]!.serviceDate).toBe(true);
        // Whatever is left out is not older than what was taken.
        const last = taken.at(-1);
        if (last) for (const charge of eligible.filter((item) => !taken.includes(item))) expect(charge.serviceDate >= last.serviceDate).toBe(true);
      }),
    );
  });

  it("drafts totals that are the sum of the lines", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 100_000 })), { minLength: 1, maxLength: 40 }), (amounts) => {
        const charges = amounts.map(([subtotal, tax], index) =>
          aCharge({ chargeId: `c${index}`, subtotalMinor: subtotal, taxByCode: { HST: tax }, taxMinor: tax, totalMinor: subtotal + tax }),
        );
        const invoice = draftInvoice({ ...base, payerId: clientPayer.payerId, charges }).invoice(1);
        expect(invoice.totalMinor).toBe(amounts.reduce((sum, [subtotal, tax]) => sum + subtotal + tax, 0));
        expect(invoiceTotals(invoice.lines).totalMinor).toBe(invoice.totalMinor);
      }),
    );
  });
});
