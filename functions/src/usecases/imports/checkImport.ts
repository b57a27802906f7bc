/**
 * The dry run (SPEC P6): reads the uploaded file, maps its columns (a preset's guess plus the caller's
 * choices), checks every row and its references, and reports what would be created and every row that
 * would be refused, by line and column. Nothing is written but the job's mapping and counts.
 */
import { type CheckImport, ConflictError, IMPORT_ERRORS_KEPT, IMPORT_PREVIEW_ROWS, type ImportCheck, resolveMapping } from '@casefile/core';
import type { StaffContext } from '../context';
import { readImportFile } from './importFile';
import { prepareImportBatch, type PreparedBatch } from './prepareImportBatch';
import { toImportJob } from './toImportJob';

/** Rows looked up per round of reads, as a batch of the job does. */
const CHECK_CHUNK = 500;
/**
 * Rounds of reads in flight at once: a 50,000-row file is 100 rounds, which one after the other
 * outlast API Gateway's 29-second limit; the results are still taken in file order.
 */
const CHECK_ROUNDS_IN_PARALLEL = 4;

export async function checkImport(ctx: StaffContext, importId: string, input: CheckImport): Promise<ImportCheck> {
  const job = await ctx.repos.imports.get(importId);
  if (job.status === 'running' || job.status === 'done') throw new ConflictError('This import has already run; upload the file again to import it anew.', 'import_started');
  const file = await readImportFile(job.objectKey);
  const { mapping, problems } = resolveMapping(job.kind, file.headers, input);
  const now = ctx.runtime.clock.now().toISOString();
  const prepare = { repos: ctx.repos, newId: ctx.runtime.newId, now };
  let validRows = 0;
  let errorRows = 0;
  let alreadyImported = 0;
  const errors = [];
  const preview = [];
  if (problems.length === 0) {
    const starts = Array.from({ length: Math.ceil(file.records.length / CHECK_CHUNK) }, (_, round) => round * CHECK_CHUNK);
    const batches = await mapInParallel(starts, CHECK_ROUNDS_IN_PARALLEL, (start) => prepareImportBatch(prepare, job.kind, mapping, { file, records: file.records.slice(start, start + CHECK_CHUNK) }));
    for (const batch of batches) {
      validRows += batch.ready.length;
      errorRows += batch.errorRows;
      alreadyImported += batch.existing;
      errors.push(...batch.errors.slice(0, IMPORT_ERRORS_KEPT - errors.length));
      for (let row = 0; row < batch.ready.length && preview.length < IMPORT_PREVIEW_ROWS; row++) preview.push(previewOf(batch, row));
    }
  }
  const next = { ...job, mapping, status: 'checked' as const, totalRows: file.records.length, errors, batches: job.batches + 1, updatedAt: now };
  if (!(await ctx.repos.imports.advance(job, next))) throw new ConflictError('The import changed at the same time; try again.', 'concurrent_change');
  return { import: toImportJob(next), mappingProblems: problems, validRows, errorRows, alreadyImported, errors, preview };
}

/** `map` with at most `limit` calls in flight; results in the order of `items`. */
async function mapInParallel<T, R>(items: readonly T[], limit: number, map: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await map(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** What the preview shows of a row: the values it would store. */
function previewOf(batch: PreparedBatch, index: number): { line: number; values: Record<string, unknown> } {
  if (batch.kind === 'clients') {
    const row = batch.ready[index]!;
    return { line: row.line, values: { externalId: row.externalId, ...row.client } };
  }
  if (batch.kind === 'cases') {
    const row = batch.ready[index]!;
    return { line: row.line, values: { externalId: row.externalId, ...row.fields, payers: row.payers.map((payer) => payer.name) } };
  }
  const row = batch.ready[index]!;
  const { start, end, status, calendarId, sessionId, caseId } = row.appointment;
  return { line: row.line, values: { externalId: row.externalId, start, end, status, calendarId, sessionId, caseId } };
}
