import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceRows,
  bucketKey,
  CASE_GROUPS,
  CHARGE_VIEWS,
  PROVIDER_CHARGE_VIEWS,
  caseReport,
  type CalendarDirectory,
  type ChargeFacts,
  type ChargeReportFacts,
  chargeReportFactsOf,
  mergeBuckets,
  revenueRows,
  revenueTotals,
  rollupDelta,
  type RollupBucket,
  type RollupSource,
  utilizationRows,
} from '../../src';
import { bruteAttendance, bruteCases, bruteOutstanding, bruteRevenue, type ChargeFactsLookup } from './bruteForceReports';
import { CALENDAR_LOCATIONS, emptyWorld, type StreamRecord, stepArbitrary, takeStep, TIME_ZONE, type World } from './rollupHistory';

/** CI-sized by default; ROLLUP_PROPERTY_RUNS=2000 for a long hunt. */
const RUNS = Number(process.env.ROLLUP_PROPERTY_RUNS ?? 60);
const SEED = Number(process.env.ROLLUP_PROPERTY_SEED ?? 20261203);
const calendars: CalendarDirectory = new Map([
  ['cal-a', { memberId: 'member-a', locationId: CALENDAR_LOCATIONS['cal-a']! }],
  ['cal-b', { memberId: 'member-b', locationId: CALENDAR_LOCATIONS['cal-b']! }],
]);

/**
 * The rollup store as the repository keeps it: buckets added to with ADD, a claim per record and
 * bucket; and each charge's report facts, recorded from the world as it stands when the store first
 * sees a record of the charge (as the consumer reads the table then), reused for every later record.
 */
class RollupStore {
  private buckets = new Map<string, RollupBucket>();
  private claims = new Set<string>();
  readonly chargeFacts = new Map<string, ChargeReportFacts>();

  constructor(private readonly world: World) {}

  private factsOf(charge: ChargeFacts): ChargeReportFacts {
    const recorded = this.chargeFacts.get(charge.chargeId);
    if (recorded) return recorded;
    const appointment = charge.appointmentId ? this.world.appointments.get(charge.appointmentId) : undefined;
    const facts = chargeReportFactsOf({
      payerId: charge.payerId,
      appointment,
      calendarLocationId: appointment ? calendars.get(appointment.calendarId)?.locationId : undefined,
      caseFile: this.world.cases.get(charge.caseId),
      payers: this.world.caseBillings.get(charge.caseId)?.payers,
    });
    this.chargeFacts.set(charge.chargeId, facts);
    return facts;
  }

  private withFacts(source: RollupSource | undefined): RollupSource | undefined {
    return source?.entity === 'charge' ? { entity: 'charge', item: { ...source.item, reportFacts: this.factsOf(source.item) } } : source;
  }

  apply(record: StreamRecord) {
    for (const bucket of rollupDelta(this.withFacts(record.before), this.withFacts(record.after), TIME_ZONE)) {
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

const REVENUE_GROUPINGS = ['day', 'method', 'provider', 'location', 'session', 'referralSource', 'payerKind', 'code', 'source'] as const;

function expectReportsMatch(store: RollupStore, world: World, chargeFacts: ChargeFactsLookup) {
  const buckets = store.all();
  for (const groupBy of ['day', 'hour', 'calendar'] as const) {
    expect(normalize(attendanceRows(buckets, groupBy, calendars), ATTENDANCE)).toEqual(normalize(fromTable(bruteAttendance(world, TIME_ZONE, groupBy)), ATTENDANCE));
  }
  const booked = utilizationRows(buckets, [], 'calendar', calendars);
  expect(normalize(booked, ['bookedMinutes'])).toEqual(normalize(fromTable(bruteAttendance(world, TIME_ZONE, 'calendar')), ['bookedMinutes']));
  for (const groupBy of REVENUE_GROUPINGS) {
    const figures = REVENUE.filter((figure) => revenueRows(buckets, groupBy, calendars).every((row) => row[figure] !== null));
    expect(normalize(revenueRows(buckets, groupBy, calendars), figures)).toEqual(normalize(fromTable(bruteRevenue(world, TIME_ZONE, groupBy, chargeFacts)), figures));
  }
  // A provider's own charges, from the views by provider, equal theirs counted from the documents.
  for (const member of ['member-0', 'member-1', 'member-2']) {
    const own = buckets.filter((bucket) => bucket.dims.providerMemberId === member);
    for (const groupBy of REVENUE_GROUPINGS) {
      const rows = revenueRows(own, groupBy, calendars, undefined, PROVIDER_CHARGE_VIEWS);
      expect(normalize(rows, ['chargedMinor'])).toEqual(normalize(fromTable(bruteRevenue(world, TIME_ZONE, groupBy, chargeFacts, member)), ['chargedMinor']));
    }
  }
  const receivables = buckets.filter((bucket) => bucket.family === 'receivables');
  expect(revenueTotals(buckets, receivables, 28).outstandingMinor).toBe(bruteOutstanding(world));
  // Each view of the charges keeps the same total: whichever a grouping reads, its totals agree.
  const charged = [...bruteRevenue(world, TIME_ZONE, 'day', chargeFacts).values()].reduce((sum, row) => sum + (row.chargedMinor ?? 0), 0);
  for (const view of CHARGE_VIEWS) expect(revenueTotals(buckets, receivables, 28, view).chargedMinor).toBe(charged);
  // Days in A/R by payer kind: the kinds' open balances add up to the clinic's.
  const byPayerKind = revenueRows(buckets, 'payerKind', calendars, { buckets: receivables, days: 28 });
  expect(byPayerKind.reduce((sum, row) => sum + (row.outstandingMinor ?? 0), 0)).toBe(bruteOutstanding(world));
  expectCasesMatch(buckets, world);
}

const CASE_FIGURES = ['openCases', 'intakes', 'converted', 'discharged', 'authorizations', 'authorizedVisits', 'usedVisits', 'nearExhaustion'] as const;
const CASE_PERIOD = { from: '2026-10-26', to: '2026-11-08' };

/** R4 read the way the use case reads it (cases up to `to`, authorizations valid on or after `from`). */
function expectCasesMatch(buckets: RollupBucket[], world: World) {
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
        const store = new RollupStore(world);
        let id = 0;
        for (const step of steps) {
          for (const record of takeStep(world, step, () => `id-${++id}`)) store.apply(record);
          // Records applied as they come: each charge counts where it stood when it was created.
          expectReportsMatch(store, world, (chargeId) => world.chargeFactsAtCreation.get(chargeId));
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
        const store = new RollupStore(world);
        for (const record of deliveries) store.apply(record);
        // Late and shuffled: each charge counts under whatever facts were recorded at its first sight.
        expectReportsMatch(store, world, (chargeId) => store.chargeFacts.get(chargeId));
      }),
      { seed: SEED + 1, numRuns: RUNS },
    );
  });
});
