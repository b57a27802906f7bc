/** What the Reports page shows of each report: its groupings and the figure its chart draws. */
export const REPORTS = {
  attendance: { label: 'Attendance', groups: ['day', 'week', 'month', 'weekday', 'hour', 'provider', 'calendar', 'location', 'session', 'total'], figure: 'visits', series: ['visits', 'noShows', 'cancellations'] },
  utilization: { label: 'Utilization', groups: ['day', 'week', 'month', 'provider', 'calendar', 'location', 'total'], figure: 'bookedMinutes', series: ['bookedMinutes', 'availableMinutes'] },
  cases: { label: 'Cases', groups: ['caseType', 'referralSource', 'payerKind', 'total'], figure: 'intakes', series: ['intakes', 'converted', 'usedVisits'] },
  revenue: { label: 'Revenue', groups: ['day', 'week', 'month', 'provider', 'location', 'session', 'referralSource', 'payerKind', 'code', 'source', 'method', 'total'], figure: 'chargedMinor', series: ['chargedMinor', 'invoicedMinor', 'receivedMinor'] },
} as const;

export type ReportName = keyof typeof REPORTS;
export const REPORT_NAMES = Object.keys(REPORTS) as ReportName[];

export function isReportName(value: string | undefined): value is ReportName {
  return value !== undefined && value in REPORTS;
}
