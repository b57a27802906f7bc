import { describe, expect, it } from 'vitest';
import { AGING_BUCKETS, agingReport, ValidationError } from '../../src';

const asOf = '2026-06-30';

describe('agingReport', () => {
  it('puts each age on the right side of the 30/31, 60/61 and 90/91 day boundaries', () => {
    // 2026-06-30 minus 30 days is 2026-05-31; minus 31 is 2026-05-30; and so on (Temporal does the arithmetic).
    const cases: [string, (typeof AGING_BUCKETS)[number]][] = [
      ['2026-06-30', '0-30'], // 0 days
      ['2026-05-31', '0-30'], // 30
      ['2026-05-30', '31-60'], // 31
      ['2026-05-01', '31-60'], // 60
      ['2026-04-30', '61-90'], // 61
      ['2026-04-01', '61-90'], // 90
      ['2026-03-31', '90+'], // 91
      ['2025-01-01', '90+'],
      ['2026-07-05', '0-30'], // issued after asOf
    ];
    for (const [issuedOn, bucket] of cases) {
      const [row] = agingReport([{ invoiceId: 'i', payerId: 'p', issuedOn, outstandingMinor: 100 }], asOf);
      expect({ issuedOn, bucket: AGING_BUCKETS.find((b) => row?.buckets[b] === 100) }).toEqual({ issuedOn, bucket });
    }
  });

  it('counts days across a leap day', () => {
    // 2028-02-29 exists: 2028-03-31 minus 31 days is 2028-02-29.
    expect(agingReport([{ invoiceId: 'i', payerId: 'p', issuedOn: '2028-02-29', outstandingMinor: 5 }], '2028-03-31')[0]?.buckets['31-60']).toBe(5);
    expect(agingReport([{ invoiceId: 'i', payerId: 'p', issuedOn: '2028-03-01', outstandingMinor: 5 }], '2028-03-31')[0]?.buckets['0-30']).toBe(5);
  });

  it('sums per payer, leaves out settled invoices, and keeps payers in order of appearance', () => {
    const report = agingReport(
      [
        { invoiceId: 'a', payerId: 'insurer', issuedOn: '2026-06-20', outstandingMinor: 1000 },
        { invoiceId: 'b', payerId: 'client', issuedOn: '2026-03-01', outstandingMinor: 250 },
        { invoiceId: 'c', payerId: 'insurer', issuedOn: '2026-05-15', outstandingMinor: 400 },
        { invoiceId: 'd', payerId: 'insurer', issuedOn: '2026-06-25', outstandingMinor: 600 },
        { invoiceId: 'e', payerId: 'mva', issuedOn: '2026-06-25', outstandingMinor: 0 },
      ],
      asOf,
    );
    expect(report).toEqual([
      { payerId: 'insurer', buckets: { '0-30': 1600, '31-60': 400, '61-90': 0, '90+': 0 }, totalMinor: 2000 },
      { payerId: 'client', buckets: { '0-30': 0, '31-60': 0, '61-90': 0, '90+': 250 }, totalMinor: 250 },
    ]);
  });

  it('refuses a date that is not a plain date', () => {
    expect(() => agingReport([], '2026-02-30')).toThrow(ValidationError);
    try {
      agingReport([{ invoiceId: 'i', payerId: 'p', issuedOn: 'yesterday', outstandingMinor: 5 }], asOf);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).details.issues?.[0]?.path).toBe('invoices.0.issuedOn');
    }
  });
});
