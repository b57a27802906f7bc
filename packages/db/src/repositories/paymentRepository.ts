import {
  allocatePayment,
  assertRefund,
  ConflictError,
  type CreatePayment,
  localDateOf,
  NotFoundError,
  type OpenInvoice,
  outstandingMinor,
  type Payment,
  paymentEntry,
  refundEntry,
  ValidationError,
} from '@casefile/core';
import { type RepositoryContext, stampNew, stampUpdate } from './context';
import { invoicePutOperation, journalOperation, type StoredInvoice, type StoredPayment, type StoredRefund, toPayment } from './billingRecords';
import { createInvoiceRepository } from './invoiceRepository';
import { createLedgerRepository } from './ledgerRepository';
import { pause, readRetryingConflicts, writeTransaction, type TransactionEntities } from './transactionWrite';

const ATTEMPTS = 8;

interface ClientAccount {
  creditMinor: number;
  version: number;
  /** False when the item does not exist yet and the credit was read from the journal (data from before it). */
  stored: boolean;
}

/**
 * Payments (B5): allocated to one or several invoices of the client, the rest kept as credit, credit
 * spent, refunds. The payment, each invoice, the client's credit and the journal entry are one
 * transaction, each conditioned on the version read; a lost race re-reads and decides again.
 *
 * Client credit: every write that adds to or spends a client's credit (overpayment, paying from credit,
 * refunding a payment's credit) updates the client's account item in the same transaction as its journal
 * entry, conditioned on the version read (or, for the first one, on the item not existing yet). So two
 * writers can never both spend the same credit: the loser re-reads and then either fits what is left or
 * gets 409 `insufficient_credit` / `credit_already_spent`. The item starts from the journal's
 * `credit:<client>` balance when it does not exist yet (clients with credit from before it was kept).
 */
export function createPaymentRepository(ctx: RepositoryContext) {
  const { payment, clientAccount, client, clinic } = ctx.service.entities;
  const invoices = createInvoiceRepository(ctx);
  const ledger = createLedgerRepository(ctx);
  const keysOf = (paymentId: string) => ({ clinicId: ctx.clinicId, paymentId });

  async function account(clientId: string): Promise<ClientAccount> {
    const result = await readRetryingConflicts(() => clientAccount.get({ clinicId: ctx.clinicId, clientId }).go({ consistent: true }));
    if (result.data) return { creditMinor: result.data.creditMinor, version: result.data.version, stored: true };
    const fromJournal = (await ledger.balancesForClient(clientId)).clientCredit(clientId);
    return { creditMinor: fromJournal, version: 0, stored: false };
  }

  /** The account item's new credit, conditioned on the version read, or on its absence if it was not stored yet. */
  function accountOperation(entities: TransactionEntities, clientId: string, current: ClientAccount, creditMinor: number) {
    if (creditMinor < 0) throw new Error(`Client credit would go below zero (${creditMinor}).`);
    if (!current.stored) return entities.clientAccount.create({ clinicId: ctx.clinicId, clientId, creditMinor, version: 1 }).commit();
    return entities.clientAccount
      .put({ clinicId: ctx.clinicId, clientId, creditMinor, version: current.version + 1 })
      .where(({ version }, { eq }) => eq(version, current.version))
      .commit();
  }

  const invoiceOperation = (entities: TransactionEntities, before: StoredInvoice, next: StoredInvoice) => invoicePutOperation(entities, ctx, before, next);

  async function get(paymentId: string): Promise<StoredPayment> {
    const result = await readRetryingConflicts(() => payment.get(keysOf(paymentId)).go({ consistent: true }));
    if (!result.data) throw new NotFoundError('Payment');
    return result.data as unknown as StoredPayment;
  }

  async function today(): Promise<string> {
    const settings = await readRetryingConflicts(() => clinic.get({ clinicId: ctx.clinicId }).go());
    return localDateOf(ctx.now().toISOString(), settings.data?.defaultTimeZone ?? 'UTC');
  }

  return {
    get,
    creditOf: async (clientId: string) => (await account(clientId)).creditMinor,

    async listForClient(clientId: string): Promise<StoredPayment[]> {
      const result = await readRetryingConflicts(() => payment.query.byClient({ clinicId: ctx.clinicId, clientId }).go({ pages: 'all' }));
      return result.data as unknown as StoredPayment[];
    },

    async create(input: CreatePayment): Promise<Payment> {
      const found = await readRetryingConflicts(() => client.get({ clinicId: ctx.clinicId, clientId: input.clientId }).go({ consistent: true }));
      if (!found.data) throw new ValidationError('Unknown client.', [{ path: 'body.clientId', message: 'No such client.' }]);
      if (input.amountMinor === 0 && input.fromCreditMinor === 0) {
        throw new ValidationError('A payment needs an amount, credit to spend, or both.', [{ path: 'body.amountMinor', message: 'Must be more than 0 unless paying from credit.' }]);
      }
      const paymentId = ctx.newId();
      const receivedOn = input.receivedOn ?? (await today());
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const [read, current] = await Promise.all([invoices.getMany(input.allocations.map((item) => item.invoiceId)), account(input.clientId)]);
        const byId = new Map(read.map((item) => [item.invoiceId, item]));
        input.allocations.forEach((allocation, index) => {
          const invoice = byId.get(allocation.invoiceId);
          if (!invoice || invoice.clientId !== input.clientId) {
            throw new ValidationError('Unknown invoice.', [{ path: `body.allocations.${index}.invoiceId`, message: "Not an invoice of this client's cases." }]);
          }
        });
        const open: OpenInvoice[] = read.map((item) => ({ invoiceId: item.invoiceId, payerId: item.payerId, status: item.status, outstandingMinor: outstandingMinor(item) }));
        const decided = allocatePayment({
          amountMinor: input.amountMinor,
          fromCreditMinor: input.fromCreditMinor,
          availableCreditMinor: current.creditMinor,
          allocations: input.allocations,
          invoices: open,
        });
        const at = ctx.now().toISOString();
        const stored: StoredPayment = {
          clinicId: ctx.clinicId,
          paymentId,
          clientId: input.clientId,
          amountMinor: input.amountMinor,
          method: input.method,
          fromCreditMinor: input.fromCreditMinor,
          toCreditMinor: decided.toCreditMinor,
          allocations: decided.allocations.map(({ invoiceId, payerId, amountMinor }) => ({ invoiceId, payerId, amountMinor })),
          refundedMinor: 0,
          refunds: [],
          ...(input.reference ? { reference: input.reference } : {}),
          receivedOn,
          ...stampNew(ctx),
        };
        const entry = paymentEntry({ paymentId, clientId: input.clientId, amountMinor: input.amountMinor, fromCreditMinor: input.fromCreditMinor, allocations: stored.allocations, toCreditMinor: decided.toCreditMinor }, at);
        const credit = current.creditMinor - input.fromCreditMinor + decided.toCreditMinor;
        const caseIds = read.map((item) => item.caseId);
        const outcome = await writeTransaction(ctx, (entities) => [
          entities.payment.create(stored as never).commit(),
          ...decided.allocations.map((allocation) => {
            const before = byId.get(allocation.invoiceId)!;
            const paidMinor = before.paidMinor + allocation.amountMinor;
            return invoiceOperation(entities, before, { ...before, paidMinor, status: allocation.settles ? 'paid' : before.status });
          }),
          ...(credit !== current.creditMinor ? [accountOperation(entities, input.clientId, current, credit)] : []),
          journalOperation(entities, ctx, entry, input.clientId, caseIds),
        ]);
        if (outcome.written) return toPayment(stored);
        await pause(Math.random() * 20 * (attempt + 1));
      }
      throw new ConflictError('The invoices changed at the same time; reload and try again.', 'concurrent_change');
    },

    /**
     * Refunds (part of) a payment: first what it left as credit (while the client still has it), then
     * its invoice allocations, newest first; a paid invoice it reopens goes back to issued.
     */
    async refund(paymentId: string, amountMinor: number, reason: string): Promise<Payment> {
      for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
        const current = await get(paymentId);
        assertRefund({ amountMinor, paymentAmountMinor: current.amountMinor, refundedMinor: current.refundedMinor });
        const creditAccount = await account(current.clientId);
        const creditRefunded = current.refunds.reduce((sum, refund) => sum + refund.fromCreditMinor, 0);
        const fromCreditMinor = Math.min(amountMinor, current.toCreditMinor - creditRefunded, creditAccount.creditMinor);
        let rest = amountMinor - fromCreditMinor;
        const refundedPerInvoice = new Map<string, number>();
        for (const refund of current.refunds) for (const item of refund.allocations) refundedPerInvoice.set(item.invoiceId, (refundedPerInvoice.get(item.invoiceId) ?? 0) + item.amountMinor);
        const allocations: StoredRefund['allocations'] = [];
        for (const allocation of [...current.allocations].reverse()) {
          if (rest === 0) break;
          const take = Math.min(rest, allocation.amountMinor - (refundedPerInvoice.get(allocation.invoiceId) ?? 0));
          if (take <= 0) continue;
          allocations.push({ invoiceId: allocation.invoiceId, payerId: allocation.payerId, amountMinor: take });
          rest -= take;
        }
        if (rest > 0) {
          throw new ConflictError('The client has already spent the credit this payment left; refund at most what is still refundable.', 'credit_already_spent', {
            path: 'body.amountMinor',
            refundableMinor: amountMinor - rest,
          });
        }
        const read = await invoices.getMany(allocations.map((item) => item.invoiceId));
        const byId = new Map(read.map((item) => [item.invoiceId, item]));
        const at = ctx.now().toISOString();
        const refund: StoredRefund = { refundId: ctx.newId(), amountMinor, reason, at, fromCreditMinor, allocations };
        const next: StoredPayment = { ...current, refundedMinor: current.refundedMinor + amountMinor, refunds: [...current.refunds, refund], ...stampUpdate(ctx, current) };
        const entry = refundEntry({ refundId: refund.refundId, clientId: current.clientId, amountMinor, fromCreditMinor, allocations }, at);
        const outcome = await writeTransaction(ctx, (entities) => [
          entities.payment.put(next as never).where(({ version }, { eq }) => eq(version, current.version)).commit(),
          ...allocations.map((item) => {
            const before = byId.get(item.invoiceId)!;
            return invoiceOperation(entities, before, { ...before, paidMinor: before.paidMinor - item.amountMinor, status: before.status === 'paid' ? 'issued' : before.status });
          }),
          ...(fromCreditMinor > 0 ? [accountOperation(entities, current.clientId, creditAccount, creditAccount.creditMinor - fromCreditMinor)] : []),
          journalOperation(entities, ctx, entry, current.clientId, read.map((item) => item.caseId)),
        ]);
        if (outcome.written) return toPayment(next);
        await pause(Math.random() * 20 * (attempt + 1));
      }
      throw new ConflictError('The payment changed at the same time; reload and try again.', 'concurrent_change');
    },
  };
}

export type PaymentRepository = ReturnType<typeof createPaymentRepository>;
