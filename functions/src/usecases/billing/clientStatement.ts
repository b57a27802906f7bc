import { agingReport, AGING_BUCKETS, ledgerBalances } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { clinicToday } from './clinicToday';

/** A client's statement (B7) as of a date (default: the clinic's today): invoices (not drafts), payments, what is owed and held, aged. */
export async function clientStatement(context: BillingContext, clientId: string, asOfRequested: string | undefined) {
  const { repos } = context;
  const asOf = asOfRequested ?? (await clinicToday(context));
  await repos.clients.get(clientId);
  const [policy, invoices, payments, entries] = await Promise.all([
    repos.billing.policy(),
    repos.invoices.listForClient(clientId),
    repos.payments.listForClient(clientId),
    repos.ledger.entriesForClient(clientId),
  ]);
  const ledger = ledgerBalances(entries);
  const shown = invoices.filter((invoice) => invoice.status !== 'draft').map(toInvoice);
  const open = shown.filter((invoice) => invoice.status === 'issued' && invoice.issuedOn);
  const aged = agingReport(open.map((invoice) => ({ invoiceId: invoice.invoiceId, payerId: invoice.payerId, issuedOn: invoice.issuedOn!, outstandingMinor: invoice.outstandingMinor })), asOf);
  const aging = Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, aged.reduce((sum, row) => sum + row.buckets[bucket], 0)]));
  return {
    clientId,
    currency: policy.currency,
    asOf,
    invoices: shown.map((invoice) => ({
      invoiceId: invoice.invoiceId,
      invoiceLabel: invoice.invoiceLabel,
      caseId: invoice.caseId,
      payerId: invoice.payerId,
      payerName: invoice.payerName,
      status: invoice.status,
      ...(invoice.issuedOn ? { issuedOn: invoice.issuedOn } : {}),
      ...(invoice.dueOn ? { dueOn: invoice.dueOn } : {}),
      totalMinor: invoice.totalMinor,
      paidMinor: invoice.paidMinor,
      creditedMinor: invoice.creditedMinor,
      outstandingMinor: invoice.outstandingMinor,
    })),
    payments: payments.map((payment) => ({
      paymentId: payment.paymentId,
      amountMinor: payment.amountMinor,
      method: payment.method,
      fromCreditMinor: payment.fromCreditMinor,
      toCreditMinor: payment.toCreditMinor,
      refundedMinor: payment.refundedMinor,
      receivedOn: payment.receivedOn,
    })),
    receivableMinor: ledger.totalReceivable(),
    clientCreditMinor: ledger.clientCredit(clientId),
    aging,
  };
}
