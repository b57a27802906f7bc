import { monthStartOf, weekStartOf, weekdayOf } from './localCalendar';
import type { RollupBucket } from './rollupModel';

/** Every way a report can group its rows. Each report accepts the subset its figures are kept by. */
export const REPORT_GROUPS = ['total', 'day', 'week', 'month', 'weekday', 'hour', 'provider', 'calendar', 'location', 'session', 'payer', 'code', 'source', 'method', 'referralSource', 'payerKind'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

export const UTILIZATION_GROUPS = ['total', 'day', 'week', 'month', 'provider', 'calendar', 'location'] as const satisfies readonly ReportGroup[];
export const ATTENDANCE_GROUPS = ['total', 'day', 'week', 'month', 'weekday', 'hour', 'provider', 'calendar', 'location', 'session'] as const satisfies readonly ReportGroup[];
export const REVENUE_GROUPS = ['total', 'day', 'week', 'month', 'provider', 'location', 'session', 'referralSource', 'payerKind', 'payer', 'code', 'source', 'method'] as const satisfies readonly ReportGroup[];

/** What a report needs to know of each calendar to group by provider or location. */
export type CalendarDirectory = ReadonlyMap<string, { memberId?: string | undefined; locationId: string }>;

/** The charge dimension each non-period grouping reads (location and session from the charge's recorded facts). */
const CHARGE_GROUP_DIMENSIONS: Partial<Record<ReportGroup, string>> = {
  provider: 'providerMemberId',
  payer: 'payerId',
  code: 'code',
  source: 'source',
  location: 'locationId',
  session: 'sessionId',
  referralSource: 'referralSource',
  payerKind: 'payerKind',
};

const PERIOD_GROUPS = new Set<ReportGroup>(['total', 'day', 'week', 'month', 'weekday']);

/** The group a bucket's counters count towards, or undefined when its family is not kept by that dimension. */
export function groupOf(bucket: RollupBucket, groupBy: ReportGroup, calendars: CalendarDirectory): string | undefined {
  if (PERIOD_GROUPS.has(groupBy)) return periodOf(bucket.day, groupBy);
  const { dims } = bucket;
  if (bucket.family === 'visits') {
    const calendar = calendars.get(dims.calendarId ?? '');
    if (groupBy === 'provider') return calendar?.memberId ?? '';
    if (groupBy === 'location') return calendar?.locationId ?? '';
    if (groupBy === 'calendar') return dims.calendarId;
    if (groupBy === 'session') return dims.sessionId;
    if (groupBy === 'hour') return dims.hour;
    return undefined;
  }
  if (bucket.family === 'charges') {
    const key = CHARGE_GROUP_DIMENSIONS[groupBy];
    return key === undefined ? undefined : (dims[key] ?? '');
  }
  if (groupBy === 'payer' || groupBy === 'method') return dims[groupBy === 'payer' ? 'payerId' : 'method'];
  return undefined;
}

function periodOf(day: string, groupBy: ReportGroup): string {
  if (groupBy === 'day') return day;
  if (groupBy === 'week') return weekStartOf(day);
  if (groupBy === 'month') return monthStartOf(day).slice(0, 7);
  if (groupBy === 'weekday') return String(weekdayOf(day));
  return 'total';
}
