import { describe, expect, it } from 'vitest';
import { createDocumentClient, createService } from '@casefile/db';
import { billingSuite, freshCase, ok } from '../support/billingWorld';
import { dynamoEndpoint } from '../setup/fileDynamo';

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

  /** A fresh client with `count` issued invoices of X each. */
  async function clientWithInvoices(count: number) {
    const { owner, desk } = suite;
    const { caseId, clientId, payerId } = await freshCase(owner);
    const item = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: `CR-${count}`, description: 'Credit race', unitPriceMinor: X, taxCodes: [] }));
    const invoices: Invoice[] = [];
    for (let index = 0; index < count; index++) {
      await ok(desk.post(`/api/cases/${caseId}/charges`, { billingItemId: item.billingItemId, payerId, serviceDate: '2026-11-20' }));
      const invoice = await ok(desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId }));
      expect(invoice.totalMinor).toBe(X);
      await ok(desk.post(`/api/invoices/${invoice.invoiceId}/issue`));
      invoices.push(invoice);
    }
    return { caseId, clientId, invoices };
  }

  const payFromCredit = (clientId: string, invoice: Invoice) =>
    suite.desk.post('/api/payments', { clientId, amountMinor: 0, fromCreditMinor: X, method: 'credit', allocations: [{ invoiceId: invoice.invoiceId, amountMinor: X }] }) as unknown as Promise<Answer>;
  const won = (answer: Answer) => answer.status === 200 || answer.status === 201;

  it('ten payments and a refund racing for 2X of credit: exactly two win, the rest get 409, the journal agrees', async () => {
    const { desk, journal } = suite;
    const { caseId, clientId, invoices } = await clientWithInvoices(10);
    const overpaid = await ok(desk.post<{ paymentId: string; toCreditMinor: number }>('/api/payments', { clientId, amountMinor: 2 * X, method: 'cash' }));
    expect(overpaid.toCreditMinor).toBe(2 * X);

    const answers = await Promise.all([
      ...invoices.map((invoice) => payFromCredit(clientId, invoice)),
      desk.post(`/api/payments/${overpaid.paymentId}/refunds`, { amountMinor: X, reason: 'Asked for part back' }) as unknown as Promise<Answer>,
    ]);

    const lost = answers.filter((answer) => !won(answer));
    expect(answers.filter(won)).toHaveLength(2);
    expect(lost.map((answer) => answer.status)).toEqual(Array(9).fill(409));
    for (const answer of lost) {
      expect(answer.headers.get('content-type')).toMatch(/application\/problem\+json/);
      expect(answer.body.type).toMatch(/insufficient_credit|credit_already_spent|concurrent_change/);
    }

    // What the API reported as taken from credit (payments' fromCreditMinor, the refund's credit part).
    const spentByPayments = answers.slice(0, 10).filter(won).reduce((sum, answer) => sum + (answer.body.fromCreditMinor ?? 0), 0);
    const refundAnswer = answers[10]!;
    // The refunded payment had no allocations, so whatever it gave back came out of the credit it left.
    const spentByRefund = won(refundAnswer) ? (refundAnswer.body.refundedMinor ?? 0) : 0;
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

  it('credit from before the account item was kept is taken from the journal, and still cannot be spent twice', async () => {
    const { world, desk } = suite;
    const { caseId, clientId, invoices } = await clientWithInvoices(5);
    await ok(desk.post('/api/payments', { clientId, amountMinor: 2 * X, method: 'cash' }));
    const service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
    await service.entities.clientAccount.delete({ clinicId: world.clinicA.clinicId, clientId }).go();

    const answers = await Promise.all(invoices.map((invoice) => payFromCredit(clientId, invoice)));
    expect(answers.filter(won)).toHaveLength(2);
    expect(answers.filter((answer) => !won(answer)).map((answer) => answer.status)).toEqual([409, 409, 409]);
    const balance = await ok(desk.get<{ clientCreditMinor: number; receivableMinor: number }>(`/api/cases/${caseId}/balance`));
    expect(balance).toMatchObject({ clientCreditMinor: 0, receivableMinor: 3 * X });
    expect((await service.entities.clientAccount.get({ clinicId: world.clinicA.clinicId, clientId }).go({ consistent: true })).data).toMatchObject({ creditMinor: 0 });
  });
});
