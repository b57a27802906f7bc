import { assertPaymentHasValue, ConflictError, type CreatePayment, decidePayment, type Payment, ValidationError } from '@casefile/core';
import { toPayment } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { clinicToday } from './clinicToday';
import { readClientCredit } from './clientCredit';
import { LOST_RACE, retryLostRaces } from './retryLostRaces';
import { unlessNotFound } from './unlessNotFound';

const ATTEMPTS = 8;

/**
 * A payment (B5): allocated to one or several invoices of the client, the rest kept as credit, credit
 * spent. The payment, each invoice, the client's credit and the journal entry are one transaction,
 * each conditioned on the version read; a lost race reads and decides again. So two writers can never
 * both spend the same credit: the loser then either fits what is left or gets 409 `insufficient_credit`.
 */
export async function createPayment(context: BillingContext, request: CreatePayment): Promise<Payment> {
  const { repos, runtime } = context;
  const client = await unlessNotFound(repos.clients.get(request.clientId));
  if (!client) throw new ValidationError('Unknown client.', [{ path: 'clientId', message: 'No such client.' }]);
  assertPaymentHasValue(request);
  const paymentId = runtime.newId();
  const receivedOn = request.receivedOn ?? (await clinicToday(context));
  return retryLostRaces(
    ATTEMPTS,
    async () => {
      const [invoices, credit] = await Promise.all([repos.invoices.getMany(request.allocations.map((item) => item.invoiceId)), readClientCredit(repos, request.clientId)]);
      const decided = decidePayment({ paymentId, request, receivedOn, at: runtime.clock.now().toISOString(), invoices, availableCreditMinor: credit.creditMinor });
      const outcome = await repos.billingWrites.write({
        newPayment: decided.payment,
        invoices: decided.invoices,
        ...(decided.creditMinor !== credit.creditMinor ? { clientCredit: { clientId: request.clientId, before: credit.account, creditMinor: decided.creditMinor } } : {}),
        journal: [{ entry: decided.entry, clientId: request.clientId, caseIds: invoices.map((item) => item.caseId) }],
      });
      return 'conflict' in outcome ? LOST_RACE : toPayment(outcome.written.payments[0]!);
    },
    () => new ConflictError('The invoices changed at the same time; reload and try again.', 'concurrent_change'),
  );
}
