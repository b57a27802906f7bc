/**
 * The analytics queries (issue 17 item 4) give the API's figures. A small clinic history (visits in
 * every outcome, split charges, invoices, a payment and refund, an authorization, time blocks on
 * seeded shifts) is written out the way DynamoDB's export to S3 writes it (a full export of
 * `{"Item": ...}` lines, then an incremental export of `{"Metadata", "Keys", "NewImage"}` lines after a block moves), loaded into
 * DuckDB, and each named query's rows (infra/analytics/queries/*.sql) must equal the matching
 * report's rows for every grouping: R1-R4 from the same rollups and definitions as the API.
 *
 * Dialect shim: the SQL is Athena's (Trino); DuckDB gets macros for the Trino functions it lacks or
 * defines otherwise (with_timezone, to_unixtime, from_iso8601_timestamp, day_of_week, sequence,
 * cardinality). Everything else is the common subset of both dialects.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type AttributeValue, DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@casefile/core';
import { EXPORT_TABLE_NAME, reportQuery, type ReportQueryName } from '../../infra/analytics/analyticsQueries';
import { duckDbColumns } from '../../infra/analytics/exportSchema';
import { dynamoEndpoint } from '../setup/fileDynamo';
import type { ApiClient } from '../support/apiClient';
import { freshCase, nextStart, ok, pricedSession } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';

type Item = Record<string, AttributeValue>;
type Row = Record<string, unknown>;

const TRINO_SHIM = [
  'CREATE MACRO with_timezone(ts, zone) AS timezone(zone, ts)',
  'CREATE MACRO to_unixtime(instant) AS epoch(instant)',
  'CREATE MACRO from_iso8601_timestamp(text) AS CAST(text AS TIMESTAMPTZ)',
  'CREATE MACRO day_of_week(day) AS isodow(day)',
  'CREATE MACRO sequence(first, last) AS generate_series(first, last)',
  // DuckDB's own cardinality takes maps only; Trino's counts an array's elements.
  'CREATE MACRO cardinality(list) AS len(list)',
];

/** The grouped queries, by the groupings each report takes (casesNearExhaustion is a list, compared on its own). */
const GROUPINGS: Record<Exclude<ReportQueryName, 'casesNearExhaustion'>, string[]> = {
  utilization: ['total', 'day', 'week', 'month', 'provider', 'calendar', 'location'],
  attendance: ['total', 'day', 'week', 'month', 'weekday', 'hour', 'provider', 'calendar', 'location', 'session'],
  revenue: ['total', 'day', 'week', 'month', 'provider', 'location', 'session', 'referralSource', 'payerKind', 'code', 'source', 'method'],
  cases: ['total', 'caseType', 'referralSource', 'payerKind'],
};

const camel = (name: string) => name.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A query row as the API would spell it: camelCase figures, `group`, numbers rather than bigints. */
function asApiRow(row: Row, keep: readonly string[] | undefined): Row {
  const out: Row = {};
  for (const [name, value] of Object.entries(row)) {
    if (name === 'group_by') continue;
    const key = name === 'grp' ? 'group' : camel(name);
    if (keep && !keep.includes(key)) continue;
    out[key] = typeof value === 'bigint' ? Number(value) : value;
  }
  return out;
}

async function scanTable(client: DynamoDBClient, tableName: string): Promise<Item[]> {
  const items: Item[] = [];
  for await (const page of paginateScan({ client }, { TableName: tableName })) items.push(...(page.Items ?? []));
  return items;
}

const keyOf = (item: Item) => `${item.pk?.S}\u0000${item.sk?.S}`;

describe('analytics SQL over a DynamoDB export of a clinic', () => {
  let world: World;
  let owner: ApiClient;
  let duck: DuckDBConnection;
  let exportDir: string;
  const today = new Date().toISOString().slice(0, 10);
  const from = addDays(today, -1);
  const to = addDays(today, 40);
  /** An instant `days` ahead at `hour`:00 UTC. */
  const blockStart = (days: number, hour: number) => `${addDays(today, days)}T${String(hour).padStart(2, '0')}:00:00.000Z`;

  /** A small clinic history through the API: visits in every outcome, charges split across two payers, invoices, a payment, a refund, an authorization and a time block. */
  async function makeHistory(): Promise<string> {
    const desk = await world.clinicA.api('front_desk');
    await pricedSession(world, owner);
    const { sessionId, calendarId } = world.clinicA.ids;
    const made = await freshCase(owner);
    const insurer = await ok(owner.post<{ payerId: string }>(`/api/cases/${made.caseId}/payers`, { kind: 'motor_vehicle', name: 'Auto Insurer', claimNumber: 'CL-9', coverage: { kind: 'percent', basisPoints: 8000 } }));
    await ok(owner.post(`/api/cases/${made.caseId}/authorizations`, { payerId: insurer.payerId, approvedVisits: 3, validFrom: '2026-01-05', validTo: '2099-12-31' }));
    for (const status of ['arrived', 'arrived', 'no_show', 'canceled', 'booked']) {
      const booked = await ok(desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: made.caseId, sessionId, calendarId, start: nextStart(2) }));
      if (status !== 'booked') await ok(desk.post(`/api/appointments/${booked.appointment.appointmentId}/status`, { status, ...(status === 'canceled' ? { reason: 'Sick' } : {}) }));
    }
    await world.drainStreams();
    for (const payerId of [insurer.payerId, made.payerId]) {
      const invoice = await ok(desk.post<{ invoiceId: string; totalMinor: number }>(`/api/cases/${made.caseId}/invoices`, { payerId }));
      await ok(desk.post(`/api/invoices/${invoice.invoiceId}/issue`));
      if (payerId === made.payerId) {
        const payment = await ok(desk.post<{ paymentId: string }>('/api/payments', { clientId: made.clientId, amountMinor: 3000, method: 'card', allocations: [{ invoiceId: invoice.invoiceId, amountMinor: 3000 }] }));
        await ok(desk.post(`/api/payments/${payment.paymentId}/refunds`, { amountMinor: 500, reason: 'Goodwill' }));
      }
    }
    const block = await ok(owner.post<{ blockId: string }>('/api/time-blocks', { calendarId, kind: 'meeting', label: 'Team', start: blockStart(3, 14), end: blockStart(3, 15) }));
    await world.drainStreams();
    return block.blockId;
  }

  beforeAll(async () => {
    world = await startWorld();
    const endpoint = await dynamoEndpoint();
    owner = await world.clinicA.api('owner');
    const firstBlock = await makeHistory();
    const raw = new DynamoDBClient({ endpoint });
    exportDir = mkdtempSync(path.join(tmpdir(), 'casefile-export-'));
    const writeExport = (exportId: string, lines: unknown[]) => {
      const dir = path.join(exportDir, 'AWSDynamoDB', exportId, 'data');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'part-0.json.gz'), gzipSync(lines.map((line) => JSON.stringify(line)).join('\n')));
      // A manifest sits beside the data, as in a real export; the queries must skip its lines.
      writeFileSync(path.join(exportDir, 'AWSDynamoDB', exportId, 'manifest-files.json'), JSON.stringify({ itemCount: lines.length, dataFileS3Key: 'data/part-0.json.gz' }));
    };

    // The first (full) export.
    const before = await scanTable(raw, world.tableName);
    writeExport('01-full', before.map((item) => ({ Item: item })));

    // Changes after it: the block moved to another day (a delete and a new item). The incremental
    // export carries the new images and the deletes; the queries must read the merged state.
    await ok(owner.request('DELETE', `/api/time-blocks/${firstBlock}`), [204]);
    await ok(owner.post('/api/time-blocks', { calendarId: world.clinicA.ids.calendarId, kind: 'meeting', label: 'Team', start: blockStart(4, 13), end: blockStart(4, 16) }));
    await world.drainStreams();
    const after = await scanTable(raw, world.tableName);
    const previous = new Map(before.map((item) => [keyOf(item), JSON.stringify(item)]));
    const now = Date.now() * 1000;
    const changed = after.filter((item) => previous.get(keyOf(item)) !== JSON.stringify(item));
    const present = new Set(after.map(keyOf));
    const removed = before.filter((item) => !present.has(keyOf(item)));
    writeExport('02-incremental', [
      ...changed.map((item) => ({ Metadata: { WriteTimeMicros: { N: String(now) } }, Keys: { pk: item.pk, sk: item.sk }, NewImage: item })),
      ...removed.map((item) => ({ Metadata: { WriteTimeMicros: { N: String(now) } }, Keys: { pk: item.pk, sk: item.sk } })),
    ]);
    expect(changed.some((item) => item.__edb_e__?.S === 'timeBlock')).toBe(true);
    expect(removed.some((item) => item.__edb_e__?.S === 'timeBlock')).toBe(true);

    duck = await (await DuckDBInstance.create(':memory:')).connect();
    for (const statement of TRINO_SHIM) await duck.run(statement);
    const columns = Object.entries(duckDbColumns()).map(([name, type]) => `'${name}': '${type.replaceAll("'", "''")}'`).join(', ');
    await duck.run(
      `CREATE VIEW ${EXPORT_TABLE_NAME} AS SELECT * FROM read_json('${exportDir}/AWSDynamoDB/**/*.json*', format = 'newline_delimited', columns = {${columns}})`,
    );
  }, 180_000);

  afterAll(async () => {
    duck?.closeSync();
    if (exportDir) rmSync(exportDir, { recursive: true, force: true });
    await world?.stop();
  });

  async function queryRows(name: ReportQueryName): Promise<Row[]> {
    const reader = await duck.runAndReadAll(reportQuery(name), [world.clinicA.clinicId, from, to]);
    return reader.getRowObjectsJS() as Row[];
  }

  /** Compares every grouping; `nonZero` names total figures the history must have made, so an empty match cannot pass. */
  async function compare<T extends { rows: Row[] }>(name: keyof typeof GROUPINGS, pick: (report: T) => Row | null, nonZero: string[]) {
    const rows = await queryRows(name);
    const totalRow = asApiRow(rows.find((row) => row.group_by === 'total') ?? {}, undefined);
    for (const figure of nonZero) expect(totalRow[figure], figure).toBeGreaterThan(0);
    for (const groupBy of GROUPINGS[name]) {
      const report = await ok(owner.get<T>(`/api/reports/${name}?from=${from}&to=${to}&groupBy=${groupBy}`), [200]);
      const fields = Object.keys(report.rows[0] ?? {});
      const sql = rows.filter((row) => row.group_by === groupBy).map((row) => asApiRow(row, fields));
      expect.soft({ groupBy, rows: sql }).toEqual({ groupBy, rows: report.rows });
      const total = pick(report);
      if (groupBy === 'total' && total) expect(asApiRow(rows.find((row) => row.group_by === 'total')!, Object.keys(total))).toEqual(total);
      if (groupBy !== 'total') expect(report.rows.length, groupBy).toBeGreaterThan(0);
    }
  }

  it('R1 utilization equals the API for every grouping', async () => {
    await compare<{ rows: Row[]; total: Row }>('utilization', (report) => report.total, ['bookedMinutes', 'availableMinutes']);
  });

  it('R2 attendance equals the API for every grouping', async () => {
    await compare<{ rows: Row[]; total: Row }>('attendance', (report) => report.total, ['visits', 'attended', 'noShows', 'cancellations']);
  });

  it('R3 revenue equals the API for every grouping, and its totals', async () => {
    // The totals (with collected and the collection rate) equal the query's total row.
    await compare<{ rows: Row[]; totals: Row }>('revenue', (report) => report.totals, ['chargedMinor', 'invoicedMinor', 'receivedMinor', 'refundedMinor', 'outstandingMinor']);
  });

  it('R4 cases equals the API for every grouping', async () => {
    await compare<{ rows: Row[]; total: Row }>('cases', (report) => report.total, ['openCases', 'authorizations', 'usedVisits']);
  });

  it('R4 cases near exhaustion equals the API list', async () => {
    const rows = (await queryRows('casesNearExhaustion')).map((row) => asApiRow(row, undefined));
    const report = await ok(owner.get<{ nearExhaustion: Row[] }>(`/api/reports/cases?from=${from}&to=${to}&groupBy=total`), [200]);
    expect(report.nearExhaustion.length).toBeGreaterThan(0);
    expect(rows).toEqual(report.nearExhaustion);
  });
});
