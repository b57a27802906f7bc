import { api, currentToken, unwrap } from '../api/client';
import type { ReportName } from './reportDefinitions';

export interface ReportQuery {
  from: string;
  to: string;
  groupBy: string;
}

export type ReportRow = { group: string } & Record<string, number | string | null>;
export interface NearExhaustionCase {
  caseId: string;
  caseLabel: string;
  payerKind: string;
  authorizedVisits: number;
  usedVisits: number;
  remainingVisits: number;
}
export interface ReportAnswer {
  rows: ReportRow[];
  scope?: string;
  /** The cases report's cases with an authorization near exhaustion. */
  nearExhaustion?: NearExhaustionCase[];
  timeZone: string;
  currency?: string;
}

const PATHS = { attendance: '/api/reports/attendance', utilization: '/api/reports/utilization', revenue: '/api/reports/revenue', cases: '/api/reports/cases' } as const;

export async function fetchReport(report: ReportName, query: ReportQuery): Promise<ReportAnswer> {
  // Each report's query has its own groupBy enum; the page offers only that report's groups.
  const params = { query } as never;
  if (report === 'attendance') return unwrap(api.GET(PATHS.attendance, { params })) as Promise<ReportAnswer>;
  if (report === 'utilization') return unwrap(api.GET(PATHS.utilization, { params })) as Promise<ReportAnswer>;
  if (report === 'cases') return unwrap(api.GET(PATHS.cases, { params })) as Promise<ReportAnswer>;
  return unwrap(api.GET(PATHS.revenue, { params })) as Promise<ReportAnswer>;
}

/** Downloads the report's rows as the API's CSV (the same numbers as the table). */
export async function downloadCsv(report: ReportName, query: ReportQuery): Promise<void> {
  const search = new URLSearchParams({ from: query.from, to: query.to, groupBy: query.groupBy });
  const response = await fetch(`${PATHS[report]}?${search}`, { headers: { accept: 'text/csv', authorization: `Bearer ${currentToken() ?? ''}` } });
  if (!response.ok) throw new Error(`The CSV could not be made (${response.status}).`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `${report}-${query.from}-${query.to}.csv`;
  link.click();
  URL.revokeObjectURL(url);
}
