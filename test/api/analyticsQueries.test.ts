/**
 * The analytics queries (issue 17 item 4) give the API's figures. The demo clinic's table is written
 * out the way DynamoDB's export to S3 writes it (a full export of `{"Item": ...}` lines, then an
 * incremental export of `{"Metadata", "Keys", "NewImage"}` lines after a cancellation), loaded into
 * DuckDB, and each named query's rows (infra/analytics/queries/*.sql) must equal the matching
 * report's rows for every grouping: R1-R4 from the same rollups and definitions as the API.
 *
 * Dialect shim: the SQL is Athena's (Trino); DuckDB gets macros for the four Trino functions it
 * lacks (with_timezone, to_unixtime, from_iso8601_timestamp, day_of_week). Everything else is the
 * common subset of both dialects.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { type AttributeValue, DynamoDBClient, paginateScan } from '@aws-sdk/client-dynamodb';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@casefile/core';
import { createDocumentClient, createService } from '@casefile/db';
import { seedDemoActivity } from '../../hosts/local/src/seed/activity/seedDemoActivity';
import { DEMO_CLINICS } from '../../hosts/local/src/seed/demoData';
import { EXPORT_TABLE_NAME, reportQuery, type ReportQueryName } from '../../infra/analytics/analyticsQueries';
import { duckDbColumns } from '../../infra/analytics/exportSchema';
import { dynamoEndpoint } from '../setup/fileDynamo';
import type { ApiClient } from '../support/apiClient';
import { ok } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';

type Item = Record<string, AttributeValue>;
type Row = Record<string, unknown>;

const TRINO_SHIM = [
  'CREATE MACRO with_timezone(ts, zone) AS timezone(zone, ts)',
  'CREATE MACRO to_unixtime(instant) AS epoch(instant)',
  'CREATE MACRO from_iso8601_timestamp(text) AS CAST(text AS TIMESTAMPTZ)',
  'CREATE MACRO day_of_week(day) AS isodow(day)',
];

const GROUPINGS: Record<ReportQueryName, string[]> = {
  utilization: ['total', 'day', 'week', 'month', 'provider', 'calendar', 'location'],
  attendance: ['total', 'day', 'week', 'month', 'weekday', 'hour', 'provider', 'calendar', 'location', 'session'],
  revenue: ['total', 'day', 'week', 'month', 'provider', 'payer', 'code', 'source', 'method'],
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

describe('analytics SQL over a DynamoDB export of the demo clinic', () => {
  let world: World;
  let owner: ApiClient;
  let duck: DuckDBConnection;
  let exportDir: string;
  const clinicId = DEMO_CLINICS[0]!.clinicId;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: DEMO_CLINICS[0]!.timeZone }).format(new Date());
  const from = addDays(today, -21);
  const to = addDays(today, 60);

  beforeAll(async () => {
    world = await startWorld();
    const endpoint = await dynamoEndpoint();
    await seedDemoActivity(createService(createDocumentClient(endpoint), world.tableName), DEMO_CLINICS[0]!);
    await world.drainStreams();
    owner = await world.clinicA.api('owner');
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

    // Changes after it: a time block placed on today's first shift and an earlier block removed. The
    // incremental export carries the new images and the deletes; the queries must read the merged state.
    const ofClinic = (item: Item, entity: string) => item.__edb_e__?.S === entity && item.clinicId?.S === clinicId;
    const todayShift = before.find((item) => ofClinic(item, 'shift') && item.date?.S === today) ?? before.find((item) => ofClinic(item, 'shift'));
    const shiftDay = todayShift?.date?.S ?? today;
    await ok(owner.post('/api/time-blocks', { calendarId: todayShift?.calendarId?.S, kind: 'meeting', label: 'Analytics', start: `${shiftDay}T15:00:00.000Z`, end: `${shiftDay}T16:30:00.000Z` }));
    const oldBlock = before.find((item) => ofClinic(item, 'timeBlock'));
    if (oldBlock) await ok(owner.request('DELETE', `/api/time-blocks/${oldBlock.blockId?.S}`), [204]);
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

    duck = await (await DuckDBInstance.create(':memory:')).connect();
    for (const statement of TRINO_SHIM) await duck.run(statement);
    const columns = Object.entries(duckDbColumns()).map(([name, type]) => `'${name}': '${type.replaceAll("'", "''")}'`).join(', ');
    await duck.run(
      `CREATE VIEW ${EXPORT_TABLE_NAME} AS SELECT * FROM read_json('${exportDir}/AWSDynamoDB/**/*.json*', format = 'newline_delimited', columns = {${columns}})`,
    );
  }, 240_000);

  afterAll(async () => {
    duck?.closeSync();
    if (exportDir) rmSync(exportDir, { recursive: true, force: true });
    await world?.stop();
  });

  async function queryRows(name: ReportQueryName): Promise<Row[]> {
    const reader = await duck.runAndReadAll(reportQuery(name), [clinicId, from, to]);
    return reader.getRowObjectsJS() as Row[];
  }

  async function compare<T extends { rows: Row[] }>(name: ReportQueryName, pick: (report: T) => Row | null, keep?: (report: T) => string[]) {
    const rows = await queryRows(name);
    expect(rows.length).toBeGreaterThan(0);
    for (const groupBy of GROUPINGS[name]) {
      const report = await ok(owner.get<T>(`/api/reports/${name}?from=${from}&to=${to}&groupBy=${groupBy}`), [200]);
      const fields = keep?.(report) ?? Object.keys(report.rows[0] ?? {});
      const sql = rows.filter((row) => row.group_by === groupBy).map((row) => asApiRow(row, fields));
      expect.soft({ groupBy, rows: sql }).toEqual({ groupBy, rows: report.rows });
      const total = pick(report);
      if (groupBy === 'total' && total) expect(asApiRow(rows.find((row) => row.group_by === 'total')!, Object.keys(total))).toEqual(total);
    }
  }

  it('R1 utilization equals the API for every grouping', async () => {
    await compare<{ rows: Row[]; total: Row }>('utilization', (report) => report.total);
  });

  it('R2 attendance equals the API for every grouping', async () => {
    await compare<{ rows: Row[]; total: Row }>('attendance', (report) => report.total);
  });

  it('R3 revenue equals the API for every grouping, and its totals', async () => {
    await compare<{ rows: Row[]; totals: Row }>('revenue', (report) => {
      // The totals' figures besides those a row has (collected, collection rate) come from the total row.
      const { totals } = report;
      return Object.fromEntries(Object.entries(totals).map(([name, value]) => [name, value]));
    });
  });

  it('R4 cases equals the API for every grouping', async () => {
    await compare<{ rows: Row[]; total: Row }>('cases', (report) => report.total);
  });
});
