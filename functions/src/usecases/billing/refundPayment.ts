import { ConflictError, decideRefund, type Payment, splitRefund } from '@casefile/core';
import { toPayment } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { readClientCredit } from './clientCredit';
import { LOST_RACE, retryLostRaces } from './retryLostRaces';

const ATTEMPTS = 8;

/**
 * Refunds (part of) a payment (B5): first what it left as credit (while the client still has it),
 * then its invoice allocations, newest first; a paid invoice it reopens goes back to issued. One
 * transaction with the journal entry; a lost race reads and decides again.
 */
export async function refundPayment({ repos, runtime }: BillingContext, paymentId: string, request: { amountMinor: number; reason: string }): Promise<Payment> {
  const refundId = runtime.newId();
  return retryLostRaces(
    ATTEMPTS,
    async () => {
      const payment = await repos.payments.get(paymentId);
      const credit = await readClientCredit(repos, payment.clientId);
      const split = splitRefund(payment, request.amountMinor, credit.creditMinor);
      const invoices = await repos.invoices.getMany(split.allocations.map((item) => item.invoiceId));
      const decided = decideRefund({ payment, refundId, amountMinor: request.amountMinor, reason: request.reason, at: runtime.clock.now().toISOString(), split, invoices, availableCreditMinor: credit.creditMinor });
      const outcome = await repos.billingWrites.write({
        payments: [{ before: payment, next: decided.next }],
        invoices: decided.invoices,
        ...(split.fromCreditMinor > 0 ? { clientCredit: { clientId: payment.clientId, before: credit.account, creditMinor: decided.creditMinor } } : {}),
        journal: [{ entry: decided.entry, clientId: payment.clientId, caseIds: invoices.map((item) => item.caseId) }],
      });
      return 'conflict' in outcome ? LOST_RACE : toPayment(outcome.written.payments[0]!);
    },
    () => new ConflictError('The payment changed at the same time; reload and try again.', 'concurrent_change'),
  );
}
