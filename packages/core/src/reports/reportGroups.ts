import { monthStartOf, weekStartOf, weekdayOf } from './localCalendar';
import { ROLLUP_DIMENSIONS, type RollupBucket, type RollupFamily } from './rollupModel';

/** Every way a report can group its rows. Each report accepts the subset its figures are kept by. */
export const REPORT_GROUPS = ['total', 'day', 'week', 'month', 'weekday', 'hour', 'provider', 'calendar', 'location', 'session', 'code', 'source', 'method', 'referralSource', 'payerKind'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export const UTILIZATION_GROUPS = ['total', 'day', 'week', 'month', 'provider', 'calendar', 'location'] as const satisfies readonly ReportGroup[];
export const ATTENDANCE_GROUPS = ['total', 'day', 'week', 'month', 'weekday', 'hour', 'provider', 'calendar', 'location', 'session'] as const satisfies readonly ReportGroup[];
export const REVENUE_GROUPS = ['total', 'day', 'week', 'month', 'provider', 'location', 'session', 'referralSource', 'payerKind', 'code', 'source', 'method'] as const satisfies readonly ReportGroup[];

/** The views a visit and a charge are kept in (rollupModel.ts); the first of each keeps the totals a report states beside its rows. */
export const VISIT_VIEWS = ['visits', 'visitHours'] as const satisfies readonly RollupFamily[];
export const CHARGE_VIEWS = ['charges', 'chargeProviders', 'chargePayers', 'chargeCodes'] as const satisfies readonly RollupFamily[];
/** A provider's own charges (each bucket names its provider). */
export const PROVIDER_CHARGE_VIEWS = ['providerCharges', 'providerChargePayers', 'providerChargeCodes'] as const satisfies readonly RollupFamily[];

/** What a report needs to know of each calendar to group by provider or location. */
export type CalendarDirectory = ReadonlyMap<string, { memberId?: string | undefined; locationId: string }>;

/** The bucket dimension each non-period grouping reads. */
const GROUP_DIMENSIONS: Partial<Record<ReportGroup, string>> = {
  provider: 'providerMemberId',
  calendar: 'calendarId',
  location: 'locationId',
  session: 'sessionId',
  hour: 'hour',
  code: 'code',
  source: 'source',
  method: 'method',
  referralSource: 'referralSource',
  payerKind: 'payerKind',
};
/** A visit's provider and location are its calendar's. */
const THROUGH_CALENDAR = new Set<ReportGroup>(['provider', 'location']);

const PERIOD_GROUPS = new Set<ReportGroup>(['total', 'day', 'week', 'month', 'weekday']);

function keeps(family: RollupFamily, dimension: string | undefined): boolean {
  return dimension !== undefined && (ROLLUP_DIMENSIONS[family] as readonly string[]).includes(dimension);
}

/** Whether a family's buckets can be grouped that way: by any period, or by a dimension it keeps (directly or through its calendar). */
export function isKeptBy(family: RollupFamily, groupBy: ReportGroup): boolean {
  if (PERIOD_GROUPS.has(groupBy)) return true;
  if (keeps(family, GROUP_DIMENSIONS[groupBy])) return true;
  return THROUGH_CALENDAR.has(groupBy) && keeps(family, 'calendarId');
}

/** The one view of a document a grouping reads: the first that keeps it, else the first (which keeps the totals). */
export function viewFor<F extends RollupFamily>(views: readonly [F, ...F[]], groupBy: ReportGroup): F {
  return views.find((view) => isKeptBy(view, groupBy)) ?? views[0];
}

/** The group a bucket's counters count towards, or undefined when its family is not kept by that dimension. */
export function groupOf(bucket: RollupBucket, groupBy: ReportGroup, calendars: CalendarDirectory): string | undefined {
  if (PERIOD_GROUPS.has(groupBy)) return periodOf(bucket.day, groupBy);
  const dimension = GROUP_DIMENSIONS[groupBy];
  if (keeps(bucket.family, dimension)) return bucket.dims[dimension!] ?? '';
  if (THROUGH_CALENDAR.has(groupBy) && keeps(bucket.family, 'calendarId')) {
    const calendar = calendars.get(bucket.dims.calendarId ?? '');
    return (groupBy === 'provider' ? calendar?.memberId : calendar?.locationId) ?? '';
  }
  return undefined;
}

function periodOf(day: string, groupBy: ReportGroup): string {
  if (groupBy === 'day') return day;
  if (groupBy === 'week') return weekStartOf(day);
  if (groupBy === 'month') return monthStartOf(day).slice(0, 7);
  if (groupBy === 'weekday') return String(weekdayOf(day));
  return 'total';
}
