/**
 * Asks for the dry run (SPEC P6): it runs in the background like the import, because checking every
 * row and reference of a 50,000-row file outlasts an HTTP request (API Gateway cuts at 29 s). The job's
 * write is the stream record that runs its first batch (runCheckBatch); the caller follows the job and
 * reads the result from its `check`. Asking again (another preset or columns) starts over: a batch of
 * the earlier run finds the job moved on and stops.
 */
import { type CheckImport, ConflictError, type ImportJob, ValidationError } from '@casefile/core';
import { objectStorage } from '../../ports/objectStorage';
import type { StaffContext } from '../context';
import { toImportJob } from './toImportJob';

export async function checkImport(ctx: StaffContext, importId: string, input: CheckImport): Promise<ImportJob> {
  const job = await ctx.repos.imports.get(importId);
  if (job.status === 'running' || job.status === 'done') throw new ConflictError('This import has already run; upload the file again to import it anew.', 'import_started');
  if (!(await objectStorage().describe(job.objectKey))) throw new ValidationError('The file has not been uploaded yet.', [{ path: 'file', message: 'Upload the file first.' }]);
  const { check: _earlier, ...rest } = job;
  const next = { ...rest, status: 'checking' as const, checkChoice: input, errors: [], batches: job.batches + 1, updatedAt: ctx.runtime.clock.now().toISOString() };
  if (!(await ctx.repos.imports.advance(job, next))) throw new ConflictError('The import changed at the same time; try again.', 'concurrent_change');
  return toImportJob(next);
}
