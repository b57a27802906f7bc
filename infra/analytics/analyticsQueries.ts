/**
 * The report queries (R1-R4) over a DynamoDB export, one .sql file each, shared by the Athena named
 * queries of the analytics construct and by the local DuckDB test. Every query is the shared head
 * (queries/currentItems.sql: parameters and the current image of each item) followed by its body.
 * The SQL is Athena's (Trino) dialect; the local test defines the few Trino functions DuckDB lacks.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const REPORT_QUERIES = {
  utilization: 'R1 utilization: booked minutes over available shift minutes (breaks and blocks removed)',
  attendance: 'R2 attendance: no-show, cancellation and late-cancellation rates',
  revenue: 'R3 revenue: charged, invoiced, written off, collected; collection rate; days in A/R',
  cases: 'R4 cases: open cases, intake conversion, discharges, authorized vs used visits',
  casesNearExhaustion: 'R4 cases near exhaustion: cases whose authorization is near its last visit, fewest remaining first',
} as const;
export type ReportQueryName = keyof typeof REPORT_QUERIES;

/** The Glue table every query reads (the export bucket's AWSDynamoDB/ prefix). */
export const EXPORT_TABLE_NAME = 'casefile_items';

/** Its positional parameters, in order (Athena execution parameters; `?` in the SQL). */
export const QUERY_PARAMETERS = ['clinicId', 'from', 'to'] as const;

function sqlFile(name: string): string {
  return readFileSync(fileURLToPath(new URL(`queries/${name}.sql`, import.meta.url)), 'utf8').trimEnd();
}

export function reportQuery(name: ReportQueryName): string {
  return `${sqlFile('currentItems')}\n${sqlFile(name)}\n`;
}
