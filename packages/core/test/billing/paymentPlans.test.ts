import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPaymentHasValue, decidePayment, decideRefund, splitRefund } from '../../src';
import { anInvoice, aPayment, refusalOf } from './billingFixtures';

const AT = '2026-03-10T12:00:00.000Z';
const request = { clientId: '01CLIENT000000000000000001', amountMinor: 15_000, method: 'card' as const, fromCreditMinor: 0, allocations: [{ invoiceId: '01INVOICE00000000000000001', amountMinor: 11_300 }] };

describe('decidePayment', () => {
  it('settles the invoice it pays in full and keeps the rest as credit', () => {
    const decided = decidePayment({ paymentId: 'p1', request, receivedOn: '2026-03-10', at: AT, invoices: [anInvoice()], availableCreditMinor: 0 });
    expect(decided.payment).toMatchObject({ paymentId: 'p1', toCreditMinor: 3700, allocations: [{ invoiceId: request.allocations[0]!.invoiceId, payerId: 'payer-client', amountMinor: 11_300 }] });
    expect(decided.invoices[0]!.next).toMatchObject({ status: 'paid', paidMinor: 11_300 });
    expect(decided.creditMinor).toBe(3700);
  });

  it("names the allocation of an invoice that is not the client's", () => {
    const error = refusalOf(() => decidePayment({ paymentId: 'p1', request, receivedOn: '2026-03-10', at: AT, invoices: [anInvoice({ clientId: 'someone else' })], availableCreditMinor: 0 }));
    expect(error.details.issues?.[0]?.path).toBe('allocations.0.invoiceId');
  });

  it('refuses a payment of nothing', () => {
    expect(refusalOf(() => assertPaymentHasValue({ amountMinor: 0, fromCreditMinor: 0 })).details.issues?.[0]?.path).toBe('amountMinor');
  });
});

describe('splitRefund', () => {
  it("takes the payment's credit first, then its allocations newest first", () => {
    const payment = aPayment({
      amountMinor: 10_000,
      toCreditMinor: 2000,
      allocations: [
        { invoiceId: 'i1', payerId: 'p', amountMinor: 5000 },
        { invoiceId: 'i2', payerId: 'p', amountMinor: 3000 },
      ],
    });
    expect(splitRefund(payment, 6000, 2000)).toEqual({ fromCreditMinor: 2000, allocations: [{ invoiceId: 'i2', payerId: 'p', amountMinor: 3000 }, { invoiceId: 'i1', payerId: 'p', amountMinor: 1000 }] });
  });

  it('refuses when the client spent the credit the payment left', () => {
    const payment = aPayment({ amountMinor: 5000, toCreditMinor: 5000, allocations: [] });
    const error = refusalOf(() => splitRefund(payment, 5000, 1000));
    expect(error.details).toMatchObject({ code: 'credit_already_spent', extra: { path: 'amountMinor', refundableMinor: 1000 } });
  });

  it('always refunds exactly the amount, never more per invoice than was allocated', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.array(fc.integer({ min: 1, max: 4000 }), { minLength: 1, maxLength: 4 }),
        (allocated, toCredit, refunds) => {
          let payment = aPayment({
            amountMinor: allocated.reduce((sum, value) => sum + value, 0) + toCredit,
            toCreditMinor: toCredit,
            allocations: allocated.map((amountMinor, index) => ({ invoiceId: `i${index}`, payerId: 'p', amountMinor })),
          });
          let credit = toCredit;
          for (const [index, wanted] of refunds.entries()) {
            const amount = Math.min(wanted, payment.amountMinor - payment.refundedMinor);
            if (amount <= 0) break;
            const split = splitRefund(payment, amount, credit);
            expect(split.fromCreditMinor + split.allocations.reduce((sum, item) => sum + item.amountMinor, 0)).toBe(amount);
            const invoices = split.allocations.map((item) => anInvoice({ invoiceId: item.invoiceId, status: 'paid', paidMinor: 5000 }));
            const decided = decideRefund({ payment, refundId: `r${index}`, amountMinor: amount, reason: 'r', at: AT, split, invoices, availableCreditMinor: credit });
            payment = decided.next;
            credit = decided.creditMinor;
            expect(credit).toBeGreaterThanOrEqual(0);
          }
          allocated.forEach((amount, index) => {
            const refunded = payment.refunds.flatMap((refund) => refund.allocations).filter((item) => item.invoiceId === `i${index}`).reduce((sum, item) => sum + item.amountMinor, 0);
            expect(refunded).toBeLessThanOrEqual(amount);
          });
        },
      ),
    );
  });

  it('reopens a paid invoice it refunds', () => {
    const payment = aPayment();
    const split = splitRefund(payment, 1000, 0);
    const decided = decideRefund({ payment, refundId: 'r', amountMinor: 1000, reason: 'r', at: AT, split, invoices: [anInvoice({ status: 'paid', paidMinor: 11_300 })], availableCreditMinor: 0 });
    expect(decided.invoices[0]!.next).toMatchObject({ status: 'issued', paidMinor: 10_300 });
    expect(decided.next.refundedMinor).toBe(1000);
  });
});
