/**
 * One CSV row, its columns mapped to fields and checked against its kind's schema. A problem names
 * the file's line and the column it came from, so a person can find it in their spreadsheet.
 */
import { IMPORT_ROW_SCHEMAS, type ImportKind, type ImportRowOf } from './importFields';
import type { ColumnMapping } from './columnMapping';

export interface ImportRowError {
  /** 1-based line of the file (the header is line 1). */
  line: number;
  /** The CSV header the value came from ('' when the row as a whole is wrong). */
  column: string;
  field: string;
  message: string;
}

export type ImportRowResult<K extends ImportKind> = { ok: true; line: number; row: ImportRowOf<K> } | { ok: false; line: number; errors: ImportRowError[] };

export function readImportRow<K extends ImportKind>(kind: K, mapping: ColumnMapping, record: Readonly<Record<string, string>>, line: number): ImportRowResult<K> {
  const input: Record<string, string> = {};
  for (const [field, header] of Object.entries(mapping)) {
    const value = record[header]?.trim();
    // An empty cell is an absent value, so optional fields may be left blank.
    if (value) input[field] = value;
  }
  const parsed = IMPORT_ROW_SCHEMAS[kind].safeParse(input);
  if (parsed.success) return { ok: true, line, row: parsed.data as ImportRowOf<K> };
  const errors = parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    const message = issue.code === 'invalid_type' && input[field] === undefined ? 'Required.' : issue.message;
    return { line, column: mapping[field] ?? '', field, message };
  });
  return { ok: false, line, errors };
}

/** An error of a row whose values were fine but whose references (a client, case, calendar) were not. */
export function referenceError(line: number, mapping: ColumnMapping, field: string, message: string): ImportRowError {
  return { line, column: mapping[field] ?? '', field, message };
}
