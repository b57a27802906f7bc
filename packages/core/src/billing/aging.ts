/** Accounts-receivable aging (SPEC B7): what each payer owes, by how long ago it was invoiced. */
import { Temporal } from 'temporal-polyfill';
import { invalid } from './problems';

export const AGING_BUCKETS = ['0-30', '31-60', '61-90', '90+'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

function plainDate(value: string, path: string): Temporal.PlainDate {
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw invalid(path, 'Must be a date (YYYY-MM-DD).');
  }
}

/** The bucket for an age in days: 0-30 (and anything issued after asOf), 31-60, 61-90, above 90. */
export function agingBucket(ageDays: number): AgingBucket {
  if (ageDays <= 30) return '0-30';
  if (ageDays <= 60) return '31-60';
  if (ageDays <= 90) return '61-90';
  return '90+';
}

/**
 * Age = days from the invoice's issue date (a plain date, clinic zone) to asOf. Invoices with nothing
 * outstanding are left out; payers appear in the order of their first invoice in the input.
 */
export function agingReport(
  invoices: readonly { invoiceId: string; payerId: string; issuedOn: string; outstandingMinor: number }[],
  asOf: string,
): { payerId: string; buckets: Record<AgingBucket, number>; totalMinor: number }[] {
  const asOfDate = plainDate(asOf, 'asOf');
  const byPayer = new Map<string, { payerId: string; buckets: Record<AgingBucket, number>; totalMinor: number }>();
  invoices.forEach((invoice, index) => {
    if (invoice.outstandingMinor === 0) return;
    const issued = plainDate(invoice.issuedOn, `invoices.${index}.issuedOn`);
    const age = issued.until(asOfDate, { largestUnit: 'days' }).days;
    let row = byPayer.get(invoice.payerId);
    if (!row) {
      row = { payerId: invoice.payerId, buckets: { '0-30': 0, '31-60': 0, '61-90': 0, '90+': 0 }, totalMinor: 0 };
      byPayer.set(invoice.payerId, row);
    }
    row.buckets[agingBucket(age)] += invoice.outstandingMinor;
    row.totalMinor += invoice.outstandingMinor;
  });
  return [...byPayer.values()];
}
