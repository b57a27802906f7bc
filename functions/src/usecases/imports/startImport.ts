/** Starts a checked import (its dry run done, its columns settled) as a background job: the job item's write is the stream record that runs its first batch. */
import { ConflictError, type ImportJob } from '@casefile/core';
import type { StaffContext } from '../context';
import { toImportJob } from './toImportJob';

export async function startImport(ctx: StaffContext, importId: string): Promise<ImportJob> {
  const job = await ctx.repos.imports.get(importId);
  if (job.status === 'uploading') throw new ConflictError('Run the dry run first: it checks the file and settles the column mapping.', 'import_not_checked');
  if (job.status === 'checking') throw new ConflictError('The dry run is still running: start the import once it is done.', 'import_checking');
  if (job.status !== 'checked') return toImportJob(job);
  if (job.check?.mappingProblems.length) throw new ConflictError('The dry run found problems with the columns: choose them and check again.', 'import_mapping_problems');
  const next = { ...job, status: 'running' as const, processed: 0, created: 0, existing: 0, failed: 0, errors: [], batches: job.batches + 1, updatedAt: ctx.runtime.clock.now().toISOString() };
  if (!(await ctx.repos.imports.advance(job, next))) throw new ConflictError('The import changed at the same time; try again.', 'concurrent_change');
  return toImportJob(next);
}
