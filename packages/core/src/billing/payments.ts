/** Payments and refunds (SPEC B5): what a payment may settle, and what becomes client credit. */
import { ConflictError } from '../errors';
import type { InvoiceStatus } from './invoiceRules';
import { isMinor } from './money';
import { invalid } from './problems';

export interface OpenInvoice {
  invoiceId: string;
  payerId: string;
  status: InvoiceStatus;
  outstandingMinor: number;
}

export interface PaymentAllocationResult {
  invoiceId: string;
  payerId: string;
  amountMinor: number;
  /** True when this allocation pays the invoice's outstanding amount in full. */
  settles: boolean;
}

/**
 * Validates a payment: amount > 0; each allocation > 0, to an issued invoice (void/draft/paid -> ConflictError
 * naming `allocations.<i>.invoiceId`), not above its outstanding (ValidationError at `allocations.<i>.amountMinor`);
 * sum(allocations) <= amount + fromCreditMinor. The rest becomes client credit. Returns per-invoice results.
 *
 * Also: a payment made entirely from credit may have amount 0 (but then fromCreditMinor > 0);
 * fromCreditMinor may not exceed availableCreditMinor (when given) nor what the allocations need beyond
 * the cash (credit is not cycled through a payment back into credit); an invoice may be listed once.
 * Error codes: `over_allocation`, `credit_not_needed`, `unknown_invoice`, `duplicate_invoice`;
 * ConflictError (409, the client's state, not the request, is what is wrong): `invoice_not_payable` (with
 * `{ path, invoiceId, status }` in extra) and `insufficient_credit` (with `{ path, availableCreditMinor }`).
 */
export function allocatePayment(input: {
  amountMinor: number;
  fromCreditMinor?: number;
  availableCreditMinor?: number;
  allocations: readonly { invoiceId: string; amountMinor: number }[];
  invoices: readonly OpenInvoice[];
}): { allocations: PaymentAllocationResult[]; toCreditMinor: number } {
  const fromCredit = input.fromCreditMinor ?? 0;
  if (!isMinor(fromCredit) || fromCredit < 0) throw invalid('fromCreditMinor', 'Credit used must be zero or a positive whole number of minor units.');
  if (!isMinor(input.amountMinor) || input.amountMinor < 0 || (input.amountMinor === 0 && fromCredit === 0)) {
    throw invalid('amountMinor', 'A payment must be a positive whole number of minor units.');
  }
  if (input.availableCreditMinor !== undefined && fromCredit > input.availableCreditMinor) {
    throw new ConflictError(`Only ${input.availableCreditMinor} of client credit is available.`, 'insufficient_credit', {
      path: 'fromCreditMinor',
      availableCreditMinor: input.availableCreditMinor,
    });
  }
  const seen = new Set<string>();
  const results: PaymentAllocationResult[] = input.allocations.map((allocation, index) => {
    if (!isMinor(allocation.amountMinor) || allocation.amountMinor <= 0) {
      throw invalid(`allocations.${index}.amountMinor`, 'An allocation must be a positive whole number of minor units.');
    }
    if (seen.has(allocation.invoiceId)) throw invalid(`allocations.${index}.invoiceId`, 'This invoice is listed twice.', 'duplicate_invoice');
    seen.add(allocation.invoiceId);
    const invoice = input.invoices.find((candidate) => candidate.invoiceId === allocation.invoiceId);
    if (!invoice) throw invalid(`allocations.${index}.invoiceId`, 'No such invoice for this client.', 'unknown_invoice');
    if (invoice.status !== 'issued') {
      throw new ConflictError(`Invoice ${allocation.invoiceId} is ${invoice.status} and cannot take a payment.`, 'invoice_not_payable', {
        path: `allocations.${index}.invoiceId`,
        invoiceId: allocation.invoiceId,
        status: invoice.status,
      });
    }
    if (allocation.amountMinor > invoice.outstandingMinor) {
      throw invalid(`allocations.${index}.amountMinor`, `Only ${invoice.outstandingMinor} is outstanding on this invoice.`, 'over_allocation');
    }
    return { invoiceId: invoice.invoiceId, payerId: invoice.payerId, amountMinor: allocation.amountMinor, settles: allocation.amountMinor === invoice.outstandingMinor };
  });
  const allocated = results.reduce((sum, result) => sum + result.amountMinor, 0);
  if (allocated > input.amountMinor + fromCredit) {
    throw invalid('allocations', 'The allocations add up to more than the payment and the credit used.', 'over_allocation');
  }
  if (fromCredit > Math.max(0, allocated - input.amountMinor)) {
    throw invalid('fromCreditMinor', 'More credit is used than the allocations need beyond the payment.', 'credit_not_needed');
  }
  return { allocations: results, toCreditMinor: input.amountMinor + fromCredit - allocated };
}

/** Refund of (part of) a payment: 0 < amount <= payment amount - already refunded, else ValidationError 'over_refund'. */
export function assertRefund(input: { amountMinor: number; paymentAmountMinor: number; refundedMinor: number }): void {
  if (!isMinor(input.amountMinor) || input.amountMinor <= 0) throw invalid('amountMinor', 'A refund must be a positive whole number of minor units.');
  const refundable = input.paymentAmountMinor - input.refundedMinor;
  if (input.amountMinor > refundable) {
    throw invalid('amountMinor', `Only ${Math.max(0, refundable)} of this payment can still be refunded.`, 'over_refund');
  }
}
