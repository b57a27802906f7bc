import { describe, expect, it } from 'vitest';
import { defaultPaymentMethod, isInsurerPayment, PAYMENT_METHOD_CHOICES, paymentMethodLabel } from '../src/billing/paymentMethods';

describe('payment methods in words, and the method a payment starts with (issue 16)', () => {
  it('names every method in words', () => {
    expect(paymentMethodLabel('eft')).toBe('Bank transfer (EFT)');
    expect(paymentMethodLabel('insurer_remittance')).toBe('Insurer payment');
    for (const choice of PAYMENT_METHOD_CHOICES) expect(choice.label).not.toContain('_');
  });

  it.each([
    [['insurer'], 'insurer_remittance'],
    [['insurer', 'workers_compensation'], 'insurer_remittance'],
    [['client'], 'card'],
    [['client', 'insurer'], 'card'],
    [[], 'card'],
    [[undefined], 'card'],
  ] as const)('payers %j start with %s', (kinds, expected) => {
    expect(defaultPaymentMethod(kinds)).toBe(expected);
  });

  it("keeps an insurer's remittance apart from the client's payments", () => {
    expect(isInsurerPayment({ method: 'insurer_remittance' })).toBe(true);
    expect(isInsurerPayment({ method: 'card' })).toBe(false);
  });
});
