/**
 * Payments and refunds as documents (SPEC B5): the payment a request makes, the refund of (part of)
 * one, and what each does to its invoices and the client's credit. `allocatePayment` and
 * `assertRefund` (payments.ts) check the amounts; these decide the records.
 */
import { ConflictError, ValidationError } from '../errors';
import type { InvoiceRecord, NewPayment, PaymentRecord, RefundRecord } from './billingRecords';
import { outstandingMinor } from './invoiceRules';
import { type JournalEntryDraft, paymentEntry, refundEntry } from './ledger';
import { allocatePayment, assertRefund } from './payments';

export interface PaymentRequest {
  clientId: string;
  amountMinor: number;
  method: PaymentRecord['method'];
  fromCreditMinor: number;
  allocations: readonly { invoiceId: string; amountMinor: number }[];
  reference?: string | undefined;
}

/** A payment needs money, credit to spend, or both (ValidationError at `amountMinor`). */
export function assertPaymentHasValue(input: Pick<PaymentRequest, 'amountMinor' | 'fromCreditMinor'>): void {
  if (input.amountMinor === 0 && input.fromCreditMinor === 0) {
    throw new ValidationError('A payment needs an amount, credit to spend, or both.', [{ path: 'amountMinor', message: 'Must be more than 0 unless paying from credit.' }]);
  }
}

/**
 * The payment, the invoices it pays (each settled one becomes paid), the client's credit after it and
 * the journal entry. Invoices not of this client are unknown (ValidationError at `allocations.<i>.invoiceId`).
 */
export function decidePayment<I extends InvoiceRecord>(input: {
  paymentId: string;
  request: PaymentRequest;
  receivedOn: string;
  at: string;
  invoices: readonly I[];
  availableCreditMinor: number;
}): { payment: NewPayment; invoices: { before: I; next: I }[]; creditMinor: number; entry: JournalEntryDraft } {
  const { request } = input;
  const byId = new Map(input.invoices.map((item) => [item.invoiceId, item]));
  request.allocations.forEach((allocation, index) => {
    const invoice = byId.get(allocation.invoiceId);
    if (!invoice || invoice.clientId !== request.clientId) {
      throw new ValidationError('Unknown invoice.', [{ path: `allocations.${index}.invoiceId`, message: "Not an invoice of this client's cases." }]);
    }
  });
  const decided = allocatePayment({
    amountMinor: request.amountMinor,
    fromCreditMinor: request.fromCreditMinor,
    availableCreditMinor: input.availableCreditMinor,
    allocations: request.allocations,
    invoices: input.invoices.map((item) => ({ invoiceId: item.invoiceId, payerId: item.payerId, status: item.status, outstandingMinor: outstandingMinor(item) })),
  });
  const allocations = decided.allocations.map(({ invoiceId, payerId, amountMinor }) => ({ invoiceId, payerId, amountMinor }));
  const payment: NewPayment = {
    paymentId: input.paymentId,
    clientId: request.clientId,
    amountMinor: request.amountMinor,
    method: request.method,
    fromCreditMinor: request.fromCreditMinor,
    toCreditMinor: decided.toCreditMinor,
    allocations,
    refundedMinor: 0,
    refunds: [],
    ...(request.reference ? { reference: request.reference } : {}),
    receivedOn: input.receivedOn,
  };
  const invoices = decided.allocations.map((allocation) => {
    const before = byId.get(allocation.invoiceId)!;
    const next: I = { ...before, paidMinor: before.paidMinor + allocation.amountMinor, status: allocation.settles ? 'paid' : before.status };
    return { before, next };
  });
  const entry = paymentEntry(
    { paymentId: input.paymentId, clientId: request.clientId, amountMinor: request.amountMinor, fromCreditMinor: request.fromCreditMinor, allocations, toCreditMinor: decided.toCreditMinor },
    input.at,
  );
  return { payment, invoices, creditMinor: input.availableCreditMinor - request.fromCreditMinor + decided.toCreditMinor, entry };
}

/**
 * How a refund of `amountMinor` splits: first what the payment left as credit (while the client still
 * has it), then its invoice allocations, newest first. ConflictError `credit_already_spent` (with the
 * refundable amount) when the client spent the credit and the allocations cannot cover the rest.
 */
export function splitRefund(
  payment: Pick<PaymentRecord, 'amountMinor' | 'refundedMinor' | 'toCreditMinor' | 'allocations' | 'refunds'>,
  amountMinor: number,
  availableCreditMinor: number,
): Pick<RefundRecord, 'fromCreditMinor' | 'allocations'> {
  assertRefund({ amountMinor, paymentAmountMinor: payment.amountMinor, refundedMinor: payment.refundedMinor });
  const creditRefunded = payment.refunds.reduce((sum, refund) => sum + refund.fromCreditMinor, 0);
  const fromCreditMinor = Math.min(amountMinor, payment.toCreditMinor - creditRefunded, availableCreditMinor);
  let rest = amountMinor - fromCreditMinor;
  const refundedPerInvoice = new Map<string, number>();
  for (const refund of payment.refunds) for (const item of refund.allocations) refundedPerInvoice.set(item.invoiceId, (refundedPerInvoice.get(item.invoiceId) ?? 0) + item.amountMinor);
  const allocations: RefundRecord['allocations'] = [];
  for (const allocation of [...payment.allocations].reverse()) {
    if (rest === 0) break;
    const take = Math.min(rest, allocation.amountMinor - (refundedPerInvoice.get(allocation.invoiceId) ?? 0));
    if (take <= 0) continue;
    allocations.push({ invoiceId: allocation.invoiceId, payerId: allocation.payerId, amountMinor: take });
    rest -= take;
  }
  if (rest > 0) {
    throw new ConflictError('The client has already spent the credit this payment left; refund at most what is still refundable.', 'credit_already_spent', {
      path: 'amountMinor',
      refundableMinor: amountMinor - rest,
    });
  }
  return { fromCreditMinor, allocations };
}

/** The refunded payment, the invoices it reopens (a paid one goes back to issued), the client's credit after it and the journal entry. */
export function decideRefund<P extends PaymentRecord, I extends InvoiceRecord>(input: {
  payment: P;
  refundId: string;
  amountMinor: number;
  reason: string;
  at: string;
  split: Pick<RefundRecord, 'fromCreditMinor' | 'allocations'>;
  invoices: readonly I[];
  availableCreditMinor: number;
}): { next: P; invoices: { before: I; next: I }[]; creditMinor: number; entry: JournalEntryDraft } {
  const { payment, split } = input;
  const refund: RefundRecord = { refundId: input.refundId, amountMinor: input.amountMinor, reason: input.reason, at: input.at, ...split };
  const next: P = { ...payment, refundedMinor: payment.refundedMinor + input.amountMinor, refunds: [...payment.refunds, refund] };
  const byId = new Map(input.invoices.map((item) => [item.invoiceId, item]));
  const invoices = split.allocations.map((item) => {
    const before = byId.get(item.invoiceId);
    if (!before) throw new Error(`decideRefund: invoice ${item.invoiceId} of the payment was not read.`);
    const reopened: I = { ...before, paidMinor: before.paidMinor - item.amountMinor, status: before.status === 'paid' ? 'issued' : before.status };
    return { before, next: reopened };
  });
  const entry = refundEntry({ refundId: input.refundId, clientId: payment.clientId, amountMinor: input.amountMinor, fromCreditMinor: split.fromCreditMinor, allocations: split.allocations }, input.at);
  return { next, invoices, creditMinor: input.availableCreditMinor - split.fromCreditMinor, entry };
}
