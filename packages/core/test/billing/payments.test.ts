import { describe, expect, it } from 'vitest';
import { allocatePayment, assertRefund, ConflictError, ValidationError, type OpenInvoice } from '../../src';

const invoices: OpenInvoice[] = [
  { invoiceId: 'inv-1', payerId: 'client', status: 'issued', outstandingMinor: 5000 },
  { invoiceId: 'inv-2', payerId: 'insurer', status: 'issued', outstandingMinor: 8000 },
  { invoiceId: 'inv-void', payerId: 'client', status: 'void', outstandingMinor: 0 },
  { invoiceId: 'inv-draft', payerId: 'client', status: 'draft', outstandingMinor: 3000 },
  { invoiceId: 'inv-paid', payerId: 'client', status: 'paid', outstandingMinor: 0 },
];

function refusal(run: () => unknown): ValidationError | ConflictError {
  try {
    run();
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('allocatePayment', () => {
  it('pays one invoice in part', () => {
    expect(allocatePayment({ amountMinor: 2000, allocations: [{ invoiceId: 'inv-1', amountMinor: 2000 }], invoices })).toEqual({
      allocations: [{ invoiceId: 'inv-1', payerId: 'client', amountMinor: 2000, settles: false }],
      toCreditMinor: 0,
    });
  });

  it('splits one payment across invoices and settles them', () => {
    const result = allocatePayment({
      amountMinor: 13_000,
      allocations: [
        { invoiceId: 'inv-1', amountMinor: 5000 },
        { invoiceId: 'inv-2', amountMinor: 8000 },
      ],
      invoices,
    });
    expect(result.allocations.map((a) => [a.invoiceId, a.payerId, a.settles])).toEqual([
      ['inv-1', 'client', true],
      ['inv-2', 'insurer', true],
    ]);
    expect(result.toCreditMinor).toBe(0);
  });

  it('keeps an overpayment as client credit, including a payment with no allocation', () => {
    expect(allocatePayment({ amountMinor: 6000, allocations: [{ invoiceId: 'inv-1', amountMinor: 5000 }], invoices }).toCreditMinor).toBe(1000);
    expect(allocatePayment({ amountMinor: 700, allocations: [], invoices })).toEqual({ allocations: [], toCreditMinor: 700 });
  });

  it('pays from credit, with or without cash', () => {
    expect(allocatePayment({ amountMinor: 3000, fromCreditMinor: 2000, availableCreditMinor: 2500, allocations: [{ invoiceId: 'inv-1', amountMinor: 5000 }], invoices })).toEqual({
      allocations: [{ invoiceId: 'inv-1', payerId: 'client', amountMinor: 5000, settles: true }],
      toCreditMinor: 0,
    });
    expect(allocatePayment({ amountMinor: 0, fromCreditMinor: 1500, availableCreditMinor: 1500, allocations: [{ invoiceId: 'inv-1', amountMinor: 1500 }], invoices }).toCreditMinor).toBe(0);
  });

  it('refuses more credit than is available, or than the allocations need', () => {
    expect(refusal(() => allocatePayment({ amountMinor: 0, fromCreditMinor: 2000, availableCreditMinor: 1999, allocations: [{ invoiceId: 'inv-1', amountMinor: 2000 }], invoices })).details).toMatchObject({
      code: 'insufficient_credit',
      extra: { path: 'fromCreditMinor', availableCreditMinor: 1999 },
    });
    expect(refusal(() => allocatePayment({ amountMinor: 1000, fromCreditMinor: 500, allocations: [{ invoiceId: 'inv-1', amountMinor: 1200 }], invoices })).details).toMatchObject({
      code: 'credit_not_needed',
    });
  });

  it('refuses a non-positive or fractional amount', () => {
    for (const amountMinor of [0, -100, 10.5]) {
      const error = refusal(() => allocatePayment({ amountMinor, allocations: [], invoices }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.details.issues?.[0]?.path).toBe('amountMinor');
    }
    for (const amountMinor of [0, -1]) {
      const error = refusal(() => allocatePayment({ amountMinor: 1000, allocations: [{ invoiceId: 'inv-1', amountMinor: 500 }, { invoiceId: 'inv-2', amountMinor }], invoices }));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.details.issues?.[0]?.path).toBe('allocations.1.amountMinor');
    }
  });

  it('refuses paying a void, draft or paid invoice as a conflict naming the allocation', () => {
    for (const invoiceId of ['inv-void', 'inv-draft', 'inv-paid']) {
      const error = refusal(() => allocatePayment({ amountMinor: 100, allocations: [{ invoiceId: 'inv-1', amountMinor: 50 }, { invoiceId, amountMinor: 50 }], invoices }));
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.details.extra).toMatchObject({ path: 'allocations.1.invoiceId', invoiceId });
    }
  });

  it('refuses allocating above an invoice outstanding, or above the payment', () => {
    const above = refusal(() => allocatePayment({ amountMinor: 9000, allocations: [{ invoiceId: 'inv-2', amountMinor: 8001 }], invoices }));
    expect(above).toBeInstanceOf(ValidationError);
    expect(above.details).toMatchObject({ code: 'over_allocation', issues: [{ path: 'allocations.0.amountMinor' }] });
    const overPayment = refusal(() =>
      allocatePayment({
        amountMinor: 9000,
        allocations: [
          { invoiceId: 'inv-1', amountMinor: 5000 },
          { invoiceId: 'inv-2', amountMinor: 4001 },
        ],
        invoices,
      }),
    );
    expect(overPayment.details).toMatchObject({ code: 'over_allocation', issues: [{ path: 'allocations' }] });
  });

  it('refuses an unknown invoice and an invoice listed twice', () => {
    expect(refusal(() => allocatePayment({ amountMinor: 100, allocations: [{ invoiceId: 'nope', amountMinor: 100 }], invoices })).details.issues?.[0]?.path).toBe('allocations.0.invoiceId');
    expect(
      refusal(() =>
        allocatePayment({
          amountMinor: 200,
          allocations: [
            { invoiceId: 'inv-1', amountMinor: 100 },
            { invoiceId: 'inv-1', amountMinor: 100 },
          ],
          invoices,
        }),
      ).details.issues?.[0]?.path,
    ).toBe('allocations.1.invoiceId');
  });
});

describe('assertRefund', () => {
  it('allows refunding up to what is left of the payment', () => {
    expect(() => assertRefund({ amountMinor: 5000, paymentAmountMinor: 5000, refundedMinor: 0 })).not.toThrow();
    expect(() => assertRefund({ amountMinor: 2000, paymentAmountMinor: 5000, refundedMinor: 3000 })).not.toThrow();
  });

  it('refuses an over-refund with the over_refund code', () => {
    for (const input of [
      { amountMinor: 5001, paymentAmountMinor: 5000, refundedMinor: 0 },
      { amountMinor: 2001, paymentAmountMinor: 5000, refundedMinor: 3000 },
      { amountMinor: 1, paymentAmountMinor: 5000, refundedMinor: 5000 },
    ]) {
      const error = refusal(() => assertRefund(input));
      expect(error).toBeInstanceOf(ValidationError);
      expect(error.details).toMatchObject({ code: 'over_refund', issues: [{ path: 'amountMinor' }] });
    }
  });

  it('refuses a non-positive or fractional refund', () => {
    for (const amountMinor of [0, -1, 0.5]) expect(() => assertRefund({ amountMinor, paymentAmountMinor: 5000, refundedMinor: 0 })).toThrow(ValidationError);
  });
});
