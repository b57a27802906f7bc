/**
 * One batch of a dry run (SPEC P6), run by the transfers consumer for each write of a `checking` job,
 * as runImportBatch is for a running one. The first batch resolves the column mapping against the
 * file's headers (a preset's guess plus the caller's choices); each batch checks the next rows and their
 * references with the code the import itself runs (prepareImportBatch), adds up the counts, keeps the
 * first errors and preview rows, and moves the job on with a write conditioned on the batch count it
 * read. Nothing is written but the job. A stale or repeated record finds the job moved on and stops.
 */
import { IMPORT_ERRORS_KEPT, IMPORT_PREVIEW_ROWS, type ImportCheck, resolveMapping, ValidationError } from '@casefile/core';
import { createClinicRepositories, mapInParallel, type StoredImportJob } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { type ImportFile, readImportFile } from './importFile';
import { prepareImportBatch, type PreparedBatch } from './prepareImportBatch';

/** Rows looked up per round of reads, as a batch of the import does. */
const CHECK_ROUND_ROWS = 500;
/** Rounds in flight at once; a batch is this many rounds, so a 50,000-row file is checked in 25 batches. */
const CHECK_ROUNDS_IN_PARALLEL = 4;
export const CHECK_BATCH_ROWS = CHECK_ROUND_ROWS * CHECK_ROUNDS_IN_PARALLEL;

const EMPTY_CHECK: ImportCheck = { checked: 0, mappingProblems: [], validRows: 0, errorRows: 0, alreadyImported: 0, errorCount: 0, errors: [], preview: [] };

export async function runCheckBatch(rt: Runtime, image: Pick<StoredImportJob, 'clinicId' | 'importId' | 'batches'>): Promise<StoredImportJob | undefined> {
  const repos = createClinicRepositories({ service: rt.service, clinicId: image.clinicId, actor: 'system:imports', now: () => rt.clock.now(), newId: rt.newId });
  const job = await repos.imports.get(image.importId);
  if (job.status !== 'checking' || job.batches !== image.batches) return undefined;
  const now = rt.clock.now().toISOString();
  const next = { ...(await checkNextRows(job, { repos, newId: rt.newId, now })), batches: job.batches + 1, updatedAt: now };
  return (await repos.imports.advance(job, next)) ? next : undefined;
}

async function checkNextRows(job: StoredImportJob, prepare: Parameters<typeof prepareImportBatch>[0]): Promise<StoredImportJob> {
  let file: ImportFile;
  try {
    file = await readImportFile(job.objectKey);
  } catch (error) {
    // A file that is not CSV is the dry run's finding, not a batch to retry.
    if (!(error instanceof ValidationError)) throw error;
    return { ...job, status: 'checked', totalRows: 0, check: { ...EMPTY_CHECK, mappingProblems: [{ field: 'file', message: error.message }] } };
  }
  let { mapping } = job;
  let check = job.check;
  if (!check) {
    const resolved = resolveMapping(job.kind, file.headers, job.checkChoice ?? {});
    mapping = resolved.mapping;
    check = { ...EMPTY_CHECK, mappingProblems: resolved.problems };
    if (resolved.problems.length > 0) return { ...job, mapping, status: 'checked', totalRows: file.records.length, check };
  }
  const from = check.checked;
  const starts = [];
  for (let start = from; start < Math.min(from + CHECK_BATCH_ROWS, file.records.length); start += CHECK_ROUND_ROWS) starts.push(start);
  const batches = await mapInParallel(starts, CHECK_ROUNDS_IN_PARALLEL, (start) =>
    prepareImportBatch(prepare, job.kind, mapping, { file, records: file.records.slice(start, Math.min(start + CHECK_ROUND_ROWS, from + CHECK_BATCH_ROWS)) }),
  );
  const errors = [...check.errors];
  const preview = [...check.preview];
  let { validRows, errorRows, alreadyImported, errorCount } = check;
  for (const batch of batches) {
    validRows += batch.ready.length;
    errorRows += batch.errorRows;
    alreadyImported += batch.existing;
    errorCount += batch.errors.length;
    errors.push(...batch.errors.slice(0, Math.max(0, IMPORT_ERRORS_KEPT - errors.length)));
    for (let row = 0; row < batch.ready.length && preview.length < IMPORT_PREVIEW_ROWS; row++) preview.push(previewOf(batch, row));
  }
  const checked = Math.min(from + CHECK_BATCH_ROWS, file.records.length);
  return {
    ...job,
    mapping,
    totalRows: file.records.length,
    status: checked >= file.records.length ? 'checked' : 'checking',
    check: { ...check, checked, validRows, errorRows, alreadyImported, errorCount, errors, preview },
  };
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
