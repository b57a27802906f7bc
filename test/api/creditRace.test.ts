import { describe, expect, it } from 'vitest';
import { billingSuite, freshCase, ok } from '../support/billingWorld';

interface Invoice { invoiceId: string; totalMinor: number }
interface Answer { status: number; headers: Headers; body: { fromCreditMinor?: number; refundedMinor?: number; type?: string } }

/**
 * Client credit under concurrency (B5/B6): payments spending credit and a refund of the payment that
 * left it, all at once, never spend more than is there; the losers get 409, and the journal stays
 * balanced with the credit account never below zero.
 */
describe('client credit under concurrent spending (B5, B6)', () => {
  const suite = billingSuite();
  const X = 1000;

  it('ten payments and a refund racing for 2X of credit: exactly two win, the rest get 409, the journal agrees', async () => {
    const { owner, desk, journal } = suite;
    const { caseId, clientId, payerId } = await freshCase(owner);
    const item = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'CR-RACE', description: 'Credit race', unitPriceMinor: X, taxCodes: [] }));
    const invoices: Invoice[] = [];
    for (let index = 0; index < 10; index++) {
      await ok(desk.post(`/api/cases/${caseId}/charges`, { billingItemId: item.billingItemId, payerId, serviceDate: '2026-11-20' }));
      const invoice = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId }));
      expect(invoice.totalMinor).toBe(X);
      await ok(desk.post(`/api/invoices/${invoice.invoiceId}/issue`));
      invoices.push(invoice);
    }
    const overpaid = await ok(desk.post<{ paymentId: string; toCreditMinor: number }>('/api/payments', { clientId, amountMinor: 2 * X, method: 'cash' }));
    expect(overpaid.toCreditMinor).toBe(2 * X);

    const answers = (await Promise.all([
      ...invoices.map((invoice) => desk.post('/api/payments', { clientId, amountMinor: 0, fromCreditMinor: X, method: 'credit', allocations: [{ invoiceId: invoice.invoiceId, amountMinor: X }] })),
      desk.post(`/api/payments/${overpaid.paymentId}/refunds`, { amountMinor: X, reason: 'Asked for part back' }),
    ])) as unknown as Answer[];

    const won = answers.filter((answer) => answer.status === 200 || answer.status === 201);
    const lost = answers.filter((answer) => !won.includes(answer));
    expect(won).toHaveLength(2);
    expect(lost.map((answer) => answer.status)).toEqual(Array(9).fill(409));
    for (const answer of lost) {
      expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(answer.body.type).toMatch(/insufficient_credit|credit_already_spent|concurrent_change/);
    }

    // What the API reported as taken from credit (payments' fromCreditMinor, the refund's credit part).
    const spentByPayments = answers.slice(0, 10).filter((answer) => won.includes(answer)).reduce((sum, answer) => sum + (answer.body.fromCreditMinor ?? 0), 0);
    const refundAnswer = answers[10]!;
    // The refunded payment had no allocations, so whatever it gave back came out of the credit it left.
    const spentByRefund = won.includes(refundAnswer) ? (refundAnswer.body.refundedMinor ?? 0) : 0;
    expect(spentByPayments + spentByRefund).toBe(2 * X);

    const entries = await journal(clientId);
    for (const entry of entries) {
      expect(entry.lines.reduce((sum, line) => sum + line.debitMinor, 0)).toBe(entry.lines.reduce((sum, line) => sum + line.creditMinor, 0));
    }
    const creditLines = entries.flatMap((entry) => entry.lines).filter((line) => line.account === `credit:${clientId}`);
    const journalCredit = creditLines.reduce((sum, line) => sum + line.creditMinor - line.debitMinor, 0);
    expect(journalCredit).toBeGreaterThanOrEqual(0);
    expect(journalCredit).toBe(2 * X - spentByPayments - spentByRefund);
    const balance = await ok(desk.get<{ clientCreditMinor: number }>(`/api/cases/${caseId}/balance`));
    expect(balance.clientCreditMinor).toBe(journalCredit);
  });
});
