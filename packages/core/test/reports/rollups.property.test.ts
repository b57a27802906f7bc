import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendanceRows, bucketKey, CASE_GROUPS, caseReport, type CalendarDirectory, mergeBuckets, revenueRows, revenueTotals, rollupDelta, type RollupBucket, utilizationRows } from '../../src';
import { bruteAttendance, bruteCases, bruteOutstanding, bruteRevenue } from './bruteForceReports';
import { emptyWorld, type StreamRecord, stepArbitrary, takeStep, TIME_ZONE } from './rollupHistory';

/** CI-sized by default; ROLLUP_PROPERTY_RUNS=2000 for a long hunt. */
const RUNS = Number(process.env.ROLLUP_PROPERTY_RUNS ?? 60);
const SEED = Number(process.env.ROLLUP_PROPERTY_SEED ?? 20261203);
const calendars: CalendarDirectory = new Map([
  ['cal-a', { memberId: 'member-a', locationId: 'loc-1' }],
  ['cal-b', { memberId: 'member-b', locationId: 'loc-2' }],
]);

/** The rollup store as the repository keeps it: buckets added to with ADD, a claim per record and bucket. */
class RollupStore {
  private buckets = new Map<string, RollupBucket>();
  private claims = new Set<string>();

  apply(record: StreamRecord) {
    for (const bucket of rollupDelta(record.before, record.after, TIME_ZONE)) {
      const claim = `${record.recordId}|${bucketKey(bucket)}`;
      if (this.claims.has(claim)) continue;
      this.claims.add(claim);
      const merged = mergeBuckets([this.buckets.get(bucketKey(bucket)), bucket].filter((b): b is RollupBucket => b !== undefined));
      this.buckets.delete(bucketKey(bucket));
      for (const [key, value] of merged) this.buckets.set(key, value);
    }
  }

  all(): RollupBucket[] {
    return [...this.buckets.values()];
  }
}

type Table = Map<string, Record<string, number>>;

/** Rows as {group -> figures}, without all-zero rows and zero figures, so both sides compare alike. */
function normalize(rows: { group: string }[], figures: readonly string[]): Table {
  const table: Table = new Map();
  for (const row of rows) {
    const kept: Record<string, number> = {};
    for (const figure of figures) {
      const value = (row as Record<string, unknown>)[figure];
      if (typeof value === 'number' && value !== 0) kept[figure] = value;
    }
    if (Object.keys(kept).length > 0) table.set(row.group, kept);
  }
  return table;
}

function fromTable(table: Table): { group: string }[] {
  return [...table.entries()].map(([group, figures]) => ({ group, ...figures }));
}

const ATTENDANCE = ['visits', 'noShows', 'cancellations', 'lateCancellations'] as const;
const REVENUE = ['chargedMinor', 'invoicedMinor', 'writtenOffMinor', 'receivedMinor', 'refundedMinor'] as const;

function expectReportsMatch(store: RollupStore, world: ReturnType<typeof emptyWorld>) {
  const buckets = store.all();
  for (const groupBy of ['day', 'hour', 'calendar'] as const) {
    expect(normalize(attendanceRows(buckets, groupBy, calendars), ATTENDANCE)).toEqual(normalize(fromTable(bruteAttendance(world, TIME_ZONE, groupBy)), ATTENDANCE));
  }
  const booked = utilizationRows(buckets, [], 'calendar', calendars);
  expect(normalize(booked, ['bookedMinutes'])).toEqual(normalize(fromTable(bruteAttendance(world, TIME_ZONE, 'calendar')), ['bookedMinutes']));
  for (const groupBy of ['day', 'payer', 'method', 'provider'] as const) {
    const figures = REVENUE.filter((figure) => revenueRows(buckets, groupBy, calendars).every((row) => row[figure] !== null));
    expect(normalize(revenueRows(buckets, groupBy, calendars), figures)).toEqual(normalize(fromTable(bruteRevenue(world, TIME_ZONE, groupBy)), figures));
  }
  const receivables = buckets.filter((bucket) => bucket.family === 'receivables');
  expect(revenueTotals(buckets, receivables, 28).outstandingMinor).toBe(bruteOutstanding(world));
  // Days in A/R by payer: the payers' open balances add up to the clinic's.
  const byPayer = revenueRows(buckets, 'payer', calendars, { buckets: receivables, days: 28 });
  expect(byPayer.reduce((sum, row) => sum + (row.outstandingMinor ?? 0), 0)).toBe(bruteOutstanding(world));
  expectCasesMatch(buckets, world);
}

const CASE_FIGURES = ['openCases', 'intakes', 'converted', 'discharged', 'authorizations', 'authorizedVisits', 'usedVisits', 'nearExhaustion'] as const;
const CASE_PERIOD = { from: '2026-10-26', to: '2026-11-08' };

/** R4 read the way the use case reads it (cases up to `to`, authorizations valid on or after `from`). */
function expectCasesMatch(buckets: RollupBucket[], world: ReturnType<typeof emptyWorld>) {
  const cases = buckets.filter((bucket) => bucket.family === 'cases' && bucket.day <= CASE_PERIOD.to);
  const caseVisits = buckets.filter((bucket) => bucket.family === 'caseVisits');
  const authorizations = buckets.filter((bucket) => bucket.family === 'authorizations' && bucket.day >= CASE_PERIOD.from);
  for (const groupBy of CASE_GROUPS) {
    const report = caseReport({ ...CASE_PERIOD, groupBy, cases, caseVisits, authorizations });
    const brute = bruteCases(world, TIME_ZONE, CASE_PERIOD.from, CASE_PERIOD.to, groupBy);
    expect(normalize(report.rows, CASE_FIGURES)).toEqual(normalize(fromTable(brute.table), CASE_FIGURES));
    for (const row of report.rows) {
      const visits = brute.table.get(row.group)?.dischargedVisits ?? 0;
      expect(row.averageVisitsPerDischarged).toBe(row.discharged ? Math.round((visits / row.discharged) * 10) / 10 : null);
    }
    expect(new Set(report.nearExhaustion.map((entry) => `${entry.caseId}#${entry.payerKind}`))).toEqual(brute.near);
  }
}

describe('rollups equal a brute-force recomputation from the raw documents', () => {
  it('after every step of a random history, records applied in order', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 60 }), (steps) => {
        const world = emptyWorld();
        const store = new RollupStore();
        let id = 0;
        for (const step of steps) {
          for (const record of takeStep(world, step, () => `id-${++id}`)) store.apply(record);
          expectReportsMatch(store, world);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it('with every record delivered one to three times, in shuffled order', () => {
    fc.assert(
      fc.property(fc.array(stepArbitrary, { minLength: 1, maxLength: 80 }), fc.infiniteStream(fc.nat()), (steps, randomness) => {
        const world = emptyWorld();
        const records: StreamRecord[] = [];
        let id = 0;
        for (const step of steps) records.push(...takeStep(world, step, () => `id-${++id}`));
        const random = randomness[Symbol.iterator]();
        const next = () => random.next().value as number;
        const deliveries = records.flatMap((record) => Array.from({ length: 1 + (next() % 3) }, () => record));
        for (let index = deliveries.length - 1; index > 0; index--) {
          const other = next() % (index + 1);
          [deliveries[index], deliveries[other]] = [deliveries[other]!, deliveries[index]!];
        }
        const store = new RollupStore();
        for (const record of deliveries) store.apply(record);
        expectReportsMatch(store, world);
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });
});
