/**
 * The uploaded CSV, parsed with csv-parse: a header row, then one record per line (quoted fields may
 * span lines; `line` is where the record starts, the header being line 1). A batch of a running import
 * reads the same file again and again, so the last file parsed is kept while the function stays warm.
 */
import { parse } from 'csv-parse/sync';
import { ValidationError } from '@casefile/core';
import { objectBodies } from '../../ports/objectBodies';

export interface ImportFile {
  headers: string[];
  records: { line: number; values: Record<string, string> }[];
  /** The first line each value of a column appears on (computed once per column). */
  firstLines(header: string): ReadonlyMap<string, number>;
}

let cached: { key: string; file: ImportFile } | undefined;

export function importObjectKey(clinicId: string, importId: string): string {
  return `imports/${clinicId}/${importId}.csv`;
}

export function parseImportCsv(bytes: Uint8Array): ImportFile {
  let headers: string[] = [];
  let rows: { record: Record<string, string>; raw: string; info: { lines: number } }[];
  try {
    rows = parse(Buffer.from(bytes), {
      bom: true,
      columns: (header: string[]) => (headers = header.map((name) => name.trim())),
      // Empty lines are dropped below: skipping them here would leave them out of info.lines too.
      skip_empty_lines: false,
      relax_column_count: true,
      trim: false,
      info: true,
      raw: true,
    }) as { record: Record<string, string>; raw: string; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw new ValidationError(`The file is not valid CSV${line ? ` (line ${line})` : ''}.`, [{ path: 'file', message: (error as Error).message }], { cause: error });
  }
  // info.lines is the line the record ends on; one with quoted line breaks started that many lines earlier.
  const records = rows
    .filter(({ record }) => Object.values(record).some((value) => value !== ''))
    .map(({ record, raw, info }) => ({ line: info.lines - (raw.replace(/\r?\n$/, '').match(/\n/g)?.length ?? 0), values: record }));
  const seen = new Map<string, Map<string, number>>();
  const firstLines = (header: string) => {
    let lines = seen.get(header);
    if (!lines) {
      lines = new Map();
      for (const record of records) {
        const value = record.values[header]?.trim();
        if (value && !lines.has(value)) lines.set(value, record.line);
      }
      seen.set(header, lines);
    }
    return lines;
  };
  return { headers, records, firstLines };
}

export async function readImportFile(objectKey: string): Promise<ImportFile> {
  if (cached?.key === objectKey) return cached.file;
  const bytes = await objectBodies().read(objectKey);
  if (!bytes) throw new ValidationError('The file has not been uploaded yet.', [{ path: 'file', message: 'Upload the file first.' }]);
  const file = parseImportCsv(bytes);
  cached = { key: objectKey, file };
  return file;
}
