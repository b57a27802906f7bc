import { stringify } from 'csv-stringify/sync';
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { BinaryBody } from '../../http/binaryBody';

/** True when the caller asked for CSV (`Accept: text/csv`) rather than JSON. */
export function wantsCsv(event: APIGatewayProxyEventV2WithJWTAuthorizer): boolean {
  return /\btext\/csv\b/i.test(event.headers?.accept ?? '');
}

/** A report's rows as a CSV download: a header row of field names, then one line per row (null as empty). */
export function csvBody(name: string, report: { from: string; to: string; rows: readonly object[] }): BinaryBody {
  const text = stringify(report.rows.map((row) => ({ ...row })), { header: true, cast: { number: String } });
  return new BinaryBody('text/csv; charset=utf-8', new TextEncoder().encode(text), `${name}-${report.from}-${report.to}.csv`);
}
