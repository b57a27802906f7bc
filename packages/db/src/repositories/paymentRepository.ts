import { NotFoundError } from '@casefile/core';
import type { StoredClientAccount, StoredPayment } from './billingRecords';
import type { RepositoryContext } from './context';
import { readRetryingConflicts } from './transactionWrite';

/**
 * Payments (B5) and the client accounts their credit is kept in: read here, written through
 * `billingWrites` (the payment, its invoices, the account and the journal entry in one transaction).
 */
export function createPaymentRepository(ctx: RepositoryContext) {
  const { payment, clientAccount } = ctx.service.entities;
  const keysOf = (paymentId: string) => ({ clinicId: ctx.clinicId, paymentId });

  return {
    async get(paymentId: string): Promise<StoredPayment> {
      const result = await readRetryingConflicts(() => payment.get(keysOf(paymentId)).go({ consistent: true }));
      if (!result.data) throw new NotFoundError('Payment');
      return result.data;
    },

    async listForClient(clientId: string): Promise<StoredPayment[]> {
      const result = await readRetryingConflicts(() => payment.query.byClient({ clinicId: ctx.clinicId, clientId }).go({ pages: 'all' }));
      return result.data;
    },

    /** The client's credit account item; undefined for clients whose credit predates it (then the journal holds it). */
    async clientAccount(clientId: string): Promise<StoredClientAccount | undefined> {
      const result = await readRetryingConflicts(() => clientAccount.get({ clinicId: ctx.clinicId, clientId }).go({ consistent: true }));
      return result.data ?? undefined;
    },
  };
}

export type PaymentRepository = ReturnType<typeof createPaymentRepository>;
