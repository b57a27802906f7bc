import { describe, expect, it } from 'vitest';
import { type CalendarDirectory, daysSalesOutstanding, revenueRows, revenueTotals, rollupsOf, type RollupSource } from '../../src';

const calendars: CalendarDirectory = new Map();

function issued(payerKind: string, issuedOn: string, totalMinor: number, paidMinor: number): RollupSource {
  return { entity: 'invoice', item: { status: 'issued', payerKind, issuedOn, totalMinor, paidMinor, creditedMinor: 0, creditNotes: [] } };
}

describe('days in A/R (DSO) by payer kind', () => {
  // A 30-day period: insurers invoiced 3000 and owe 1000 (10 days); clients invoiced 600 and owe all of it (30 days).
  const buckets = [...rollupsOf([issued('insurer', '2026-11-05', 3000, 2000), issued('client', '2026-11-20', 600, 0), issued('client', '2026-10-01', 400, 0)], 'America/Toronto').values()];
  const period = buckets.filter((bucket) => bucket.family !== 'receivables' && bucket.day >= '2026-11-01');
  const receivables = buckets.filter((bucket) => bucket.family === 'receivables');

  it("gives each payer kind its open balance (older invoices included) over its period's invoicing per day", () => {
    const rows = revenueRows(period, 'payerKind', calendars, { buckets: receivables, days: 30 });
    expect(rows.map((row) => [row.group, row.invoicedMinor, row.outstandingMinor, row.daysInAr])).toEqual([
      ['client', 600, 1000, 50],
      ['insurer', 3000, 1000, 10],
    ]);
  });

  it('agrees with the total, and is not kept by groupings without the payer kind', () => {
    const [total] = revenueRows(period, 'total', calendars, { buckets: receivables, days: 30 });
    expect(total?.daysInAr).toBe(revenueTotals(period, receivables, 30).daysInAr);
    expect(revenueRows(period, 'month', calendars, { buckets: receivables, days: 30 }).every((row) => row.daysInAr === null && row.outstandingMinor === null)).toBe(true);
    expect(daysSalesOutstanding(500, 0, 30)).toBeNull();
  });
});
