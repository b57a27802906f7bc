/**
 * One batch of a running import (SPEC P6), run by the imports consumer for each write of the job item.
 * It imports the next rows from where the job stands and moves the job on with a write conditioned on
 * the batch count it read: that write is the record that runs the next batch. A stale or repeated
 * record finds the job moved on and does nothing; rows written before a crash are found by their
 * external-id claims and counted as existing, never written twice. A bad row is counted and reported;
 * the good rows of its batch are written all the same.
 */
import { createClinicRepositories, type RowOutcome, type StoredImportJob } from '@casefile/db';
import { IMPORT_ERRORS_KEPT } from '@casefile/core';
import type { Runtime } from '../../runtime';
import { readImportFile } from './importFile';
import { prepareImportBatch, type PreparedBatch } from './prepareImportBatch';

export const IMPORT_BATCH_ROWS = 250;

export async function runImportBatch(rt: Runtime, image: Pick<StoredImportJob, 'clinicId' | 'importId' | 'batches'>): Promise<StoredImportJob | undefined> {
  const probe = createClinicRepositories({ service: rt.service, clinicId: image.clinicId, actor: 'system:imports', now: () => rt.clock.now(), newId: rt.newId });
  const job = await probe.imports.get(image.importId);
  if (job.status !== 'running' || job.batches !== image.batches) return undefined;
  // The rows are the work of whoever started the import: the audit trail names them.
  const repos = createClinicRepositories({ service: rt.service, clinicId: job.clinicId, actor: job.createdBy, now: () => rt.clock.now(), newId: rt.newId });
  const file = await readImportFile(job.objectKey);
  const records = file.records.slice(job.processed, job.processed + IMPORT_BATCH_ROWS);
  const now = rt.clock.now().toISOString();
  const batch = await prepareImportBatch({ repos, newId: rt.newId, now }, job.kind, job.mapping, { file, records });
  const outcomes = await writeBatch(repos, batch);
  const created = [...outcomes.values()].filter((outcome) => outcome === 'created').length;
  const processed = job.processed + records.length;
  const next: StoredImportJob = {
    ...job,
    processed,
    created: job.created + created,
    existing: job.existing + batch.existing + (outcomes.size - created),
    failed: job.failed + batch.errorRows,
    errors: [...job.errors, ...batch.errors].slice(0, IMPORT_ERRORS_KEPT),
    status: processed >= file.records.length ? 'done' : 'running',
    batches: job.batches + 1,
    updatedAt: now,
  };
  return (await repos.imports.advance(job, next)) ? next : undefined;
}

async function writeBatch(repos: ReturnType<typeof createClinicRepositories>, batch: PreparedBatch): Promise<Map<string, RowOutcome>> {
  if (batch.kind === 'clients') return repos.imports.writeClients(batch.ready);
  if (batch.kind === 'cases') return repos.imports.writeCases(batch.ready, (await repos.clinic.get()).caseNumberPrefix ?? '');
  return repos.imports.writeAppointments(batch.ready, batch.daysOf);
}
