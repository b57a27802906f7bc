import { agingReport as ageInvoices, AGING_BUCKETS, outstandingMinor } from '@casefile/core';
import type { BillingContext } from './billingContext';
import { clinicToday } from './clinicToday';

/** A/R aging per payer (B7) over the clinic's issued invoices (one Query of the sparse open-invoice index). */
export async function agingReport(context: BillingContext, asOfRequested: string | undefined) {
  const { repos } = context;
  const asOf = asOfRequested ?? (await clinicToday(context));
  const [policy, open] = await Promise.all([repos.billing.policy(), repos.invoices.listOpen()]);
  const payerOf = new Map(open.map((invoice) => [invoice.payerId, { payerName: invoice.payerName, caseId: invoice.caseId }]));
  const rows = ageInvoices(
    open.filter((invoice) => invoice.issuedOn).map((invoice) => ({ invoiceId: invoice.invoiceId, payerId: invoice.payerId, issuedOn: invoice.issuedOn!, outstandingMinor: outstandingMinor(invoice) })),
    asOf,
  );
  const totals = Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, rows.reduce((sum, row) => sum + row.buckets[bucket], 0)]));
  return {
    asOf,
    currency: policy.currency,
    payers: rows.map((row) => ({ payerId: row.payerId, ...payerOf.get(row.payerId)!, buckets: row.buckets, totalMinor: row.totalMinor })),
    totals,
  };
}
