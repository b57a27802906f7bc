/**
 * The reports (R1-R3, R5) as sums of rollup buckets. Each figure's definition lives in the
 * contribution it sums (rollupContributions.ts) and in the OpenAPI description of its field.
 */
import { addCounters, type RollupBucket, type RollupCounters, type RollupFamily } from './rollupModel';
import { type CalendarDirectory, CHARGE_VIEWS, groupOf, isKeptBy, type PROVIDER_CHARGE_VIEWS, type ReportGroup, VISIT_VIEWS, viewFor } from './reportGroups';

/** Available minutes of one calendar on one local day (from its shift less breaks and blocks). */
export interface AvailableDay {
  calendarId: string;
  day: string;
  minutes: number;
}

function sumBy(buckets: readonly RollupBucket[], families: readonly RollupFamily[], groupBy: ReportGroup, calendars: CalendarDirectory): Map<string, RollupCounters> {
  const groups = new Map<string, RollupCounters>();
  for (const bucket of buckets) {
    if (!families.includes(bucket.family)) continue;
    const group = groupOf(bucket, groupBy, calendars);
    if (group === undefined) continue;
    groups.set(group, addCounters(groups.get(group) ?? {}, bucket.counters));
  }
  return groups;
}

function sortedGroups(...maps: Map<string, unknown>[]): string[] {
  return [...new Set(maps.flatMap((map) => [...map.keys()]))].sort();
}

/** A share rounded to 4 decimals, or null when there is nothing to divide by. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;
}

export function utilizationRows(buckets: readonly RollupBucket[], available: readonly AvailableDay[], groupBy: ReportGroup, calendars: CalendarDirectory) {
  const booked = sumBy(buckets, ['visits'], groupBy, calendars);
  // Available minutes group the way a visits bucket of that calendar and day would.
  const availableBuckets: RollupBucket[] = available.map((entry) => ({
    family: 'visits',
    day: entry.day,
    dims: { calendarId: entry.calendarId, sessionId: '' },
    counters: { bookedMinutes: entry.minutes },
  }));
  const free = sumBy(availableBuckets, ['visits'], groupBy, calendars);
  return sortedGroups(booked, free).map((group) => {
    const bookedMinutes = booked.get(group)?.bookedMinutes ?? 0;
    const availableMinutes = free.get(group)?.bookedMinutes ?? 0;
    return { group, bookedMinutes, availableMinutes, utilization: ratio(bookedMinutes, availableMinutes) };
  });
}

/** Attendance by group, from one view of the visits: by default the one that keeps the grouping (a total row of an hourly report passes the hourly view it read). */
export function attendanceRows(buckets: readonly RollupBucket[], groupBy: ReportGroup, calendars: CalendarDirectory, view = viewFor(VISIT_VIEWS, groupBy)) {
  const groups = sumBy(buckets, [view], groupBy, calendars);
  return sortedGroups(groups).map((group) => {
    const counters = groups.get(group) ?? {};
    const visits = counters.visits ?? 0;
    const noShows = counters.noShow ?? 0;
    const cancellations = counters.canceled ?? 0;
    const lateCancellations = counters.lateCanceled ?? 0;
    return {
      group,
      visits,
      attended: (counters.arrived ?? 0) + (counters.paid ?? 0),
      noShows,
      cancellations,
      lateCancellations,
      noShowRate: ratio(noShows, visits),
      cancellationRate: ratio(cancellations, visits),
      lateCancellationRate: ratio(lateCancellations, visits),
    };
  });
}

/** Each revenue figure's family and counter; charges are read from the view that keeps the grouping. */
function revenueFigures(chargeView: RollupFamily) {
  return {
    chargedMinor: [chargeView, 'chargedMinor'],
    invoicedMinor: ['invoices', 'invoicedMinor'],
    writtenOffMinor: ['writeOffs', 'writtenOffMinor'],
    receivedMinor: ['payments', 'receivedMinor'],
    refundedMinor: ['refunds', 'refundedMinor'],
  } as const satisfies Record<string, readonly [RollupFamily, keyof RollupCounters]>;
}
type RevenueFigure = keyof ReturnType<typeof revenueFigures>;
export type RevenueRow = { group: string } & Record<RevenueFigure | 'outstandingMinor' | 'daysInAr', number | null>;

/** What days in A/R by group reads: the receivables of invoices issued up to the period's end, and the period's length. */
export interface ReceivablesInput {
  buckets: readonly RollupBucket[];
  days: number;
}

/** Groupings that keep receivables apart (by payer kind), besides the one total. */
const DSO_GROUPS = new Set<ReportGroup>(['total', 'payerKind']);

/**
 * Revenue by group; a figure not kept by the grouping dimension (payments by provider) is null. By
 * payer kind (and in total) each row also has its open balance and days in A/R (DSO, see revenueTotals).
 * Charges come from the clinic's views, or (`PROVIDER_CHARGE_VIEWS`) a provider's own.
 */
export function revenueRows(
  buckets: readonly RollupBucket[],
  groupBy: ReportGroup,
  calendars: CalendarDirectory,
  receivables: ReceivablesInput = { buckets: [], days: 0 },
  chargeViews: typeof CHARGE_VIEWS | typeof PROVIDER_CHARGE_VIEWS = CHARGE_VIEWS,
): RevenueRow[] {
  const figures = revenueFigures(viewFor(chargeViews, groupBy));
  const byFigure = Object.fromEntries(
    Object.entries(figures).map(([figure, [family]]) => [figure, sumBy(buckets, [family], groupBy, calendars)]),
  ) as Record<RevenueFigure, Map<string, RollupCounters>>;
  const kept = Object.fromEntries(
    Object.entries(figures).map(([figure, [family]]) => [figure, isKeptBy(family, groupBy)]),
  ) as Record<RevenueFigure, boolean>;
  const keepsDso = DSO_GROUPS.has(groupBy);
  const outstanding = keepsDso ? sumBy(receivables.buckets, ['receivables'], groupBy, calendars) : new Map<string, RollupCounters>();
  return sortedGroups(...Object.values(byFigure), outstanding).map((group) => {
    const row = { group } as RevenueRow;
    for (const [figure, [, counter]] of Object.entries(figures) as [RevenueFigure, (typeof figures)[RevenueFigure]][]) {
      row[figure] = kept[figure] ? (byFigure[figure].get(group)?.[counter] ?? 0) : null;
    }
    const outstandingMinor = outstanding.get(group)?.outstandingMinor ?? 0;
    row.outstandingMinor = keepsDso ? outstandingMinor : null;
    row.daysInAr = keepsDso ? daysSalesOutstanding(outstandingMinor, row.invoicedMinor ?? 0, receivables.days) : null;
    return row;
  });
}

/** Days sales outstanding: the open balance over the average invoiced per day of the period; null when nothing was invoiced. */
export function daysSalesOutstanding(outstandingMinor: number, invoicedMinor: number, days: number): number | null {
  const perDay = days > 0 ? invoicedMinor / days : 0;
  return perDay === 0 ? null : Math.round((outstandingMinor / perDay) * 10) / 10;
}

/**
 * The period's revenue totals: collected is money received less refunds; the collection rate is
 * collected / invoiced; DSO is the open balance of invoices issued up to `to` divided by the average
 * invoiced per day of the period. Charges are summed from one view (`chargeView`, the one read).
 */
export function revenueTotals(periodBuckets: readonly RollupBucket[], receivableBuckets: readonly RollupBucket[], days: number, chargeView: RollupFamily = CHARGE_VIEWS[0]) {
  const families = new Set(Object.values(revenueFigures(chargeView)).map(([family]) => family));
  const totals: RollupCounters = {};
  for (const bucket of periodBuckets) if (families.has(bucket.family)) addCounters(totals, bucket.counters);
  const outstandingMinor = receivableBuckets.reduce((sum, bucket) => sum + (bucket.counters.outstandingMinor ?? 0), 0);
  const invoicedMinor = totals.invoicedMinor ?? 0;
  const collectedMinor = (totals.receivedMinor ?? 0) - (totals.refundedMinor ?? 0);
  return {
    chargedMinor: totals.chargedMinor ?? 0,
    invoicedMinor,
    writtenOffMinor: totals.writtenOffMinor ?? 0,
    receivedMinor: totals.receivedMinor ?? 0,
    refundedMinor: totals.refundedMinor ?? 0,
    collectedMinor,
    collectionRate: ratio(collectedMinor, invoicedMinor),
    outstandingMinor,
    daysInAr: daysSalesOutstanding(outstandingMinor, invoicedMinor, days),
  };
}
