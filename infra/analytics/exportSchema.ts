/**
 * The attributes the report queries read from a DynamoDB export, as DynamoDB JSON types. One
 * definition gives both the Glue column types (Athena) and the DuckDB column types of the local test,
 * so the SQL reads the same shape in both. An attribute not listed is simply not visible to SQL.
 */
type Field = 'S' | 'N' | { M: Record<string, Field> } | { L: Field };

const ROLLUP_DIMENSIONS = ['calendarId', 'sessionId', 'hour', 'providerMemberId', 'locationId', 'referralSource', 'payerKind', 'code', 'source', 'method', 'caseId', 'caseType', 'status', 'referralKind', 'closedOn', 'caseLabel'];
const ROLLUP_COUNTERS = ['visits', 'arrived', 'paid', 'noShow', 'canceled', 'lateCanceled', 'bookedMinutes', 'chargedMinor', 'invoicedMinor', 'outstandingMinor', 'writtenOffMinor', 'receivedMinor', 'refundedMinor', 'cases', 'attended', 'authorizations', 'authorizedVisits', 'usedVisits', 'nearExhaustion'];

/** The attributes of an item image (`Item` of a full export, `NewImage` of an incremental one). */
const IMAGE: Record<string, Field> = {
  pk: 'S',
  sk: 'S',
  __edb_e__: 'S',
  clinicId: 'S',
  // rollup
  family: 'S',
  day: 'S',
  groupKey: 'S',
  dims: { M: Object.fromEntries(ROLLUP_DIMENSIONS.map((name) => [name, 'S' as const])) },
  ...Object.fromEntries(ROLLUP_COUNTERS.map((name) => [name, 'N' as const])),
  // clinic, location, calendar
  defaultTimeZone: 'S',
  timeZone: 'S',
  calendarId: 'S',
  memberId: 'S',
  locationId: 'S',
  // shift (wall-clock start/end) and timeBlock (instant start/end)
  shiftId: 'S',
  date: 'S',
  start: 'S',
  end: 'S',
  breaks: { L: { M: { start: 'S', end: 'S' } } },
};

const KEYS: Record<string, Field> = { pk: 'S', sk: 'S' };

/** Top-level columns of an export line: full exports write `Item`; incremental ones `Metadata`, `Keys`, `NewImage`. */
export const EXPORT_LINE_COLUMNS: Record<string, Record<string, Field>> = {
  Item: IMAGE,
  NewImage: IMAGE,
  Keys: KEYS,
  Metadata: { WriteTimeMicros: 'N' },
};

function hiveType(field: Field): string {
  if (field === 'S' || field === 'N') return `struct<${field.toLowerCase()}:string>`;
  if ('M' in field) return `struct<m:${hiveStruct(field.M)}>`;
  return `struct<l:array<${hiveType(field.L)}>>`;
}

function hiveStruct(fields: Record<string, Field>): string {
  return `struct<${Object.entries(fields).map(([name, field]) => `${name.toLowerCase()}:${hiveType(field)}`).join(',')}>`;
}

/** Glue/Athena column types (Hive type strings; names lower case as Glue keeps them, the JSON SerDe matches case-insensitively). */
export function glueColumns(): { name: string; type: string }[] {
  return Object.entries(EXPORT_LINE_COLUMNS).map(([name, fields]) => ({ name: name.toLowerCase(), type: hiveStruct(fields) }));
}

function duckType(field: Field): string {
  if (field === 'S' || field === 'N') return `STRUCT("${field}" VARCHAR)`;
  if ('M' in field) return `STRUCT("M" ${duckStruct(field.M)})`;
  return `STRUCT("L" ${duckType(field.L)}[])`;
}

function duckStruct(fields: Record<string, Field>): string {
  return `STRUCT(${Object.entries(fields).map(([name, field]) => `"${name}" ${duckType(field)}`).join(', ')})`;
}

/** DuckDB `read_json` columns (names exactly as DynamoDB JSON spells them). */
export function duckDbColumns(): Record<string, string> {
  return Object.fromEntries(Object.entries(EXPORT_LINE_COLUMNS).map(([name, fields]) => [name, duckStruct(fields)]));
}
