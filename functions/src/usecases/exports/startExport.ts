/** Starts a full clinic export (SPEC P6) as a background job: the job item's write is the record the transfers consumer builds it from. */
import type { ExportJob } from '@casefile/core';
import type { StaffContext } from '../context';
import { exportObjectKey } from './exportArchive';
import { toExportJob } from './exportView';

export async function startExport(ctx: StaffContext): Promise<ExportJob> {
  const exportId = ctx.runtime.newId();
  const now = ctx.runtime.clock.now().toISOString();
  const job = { clinicId: ctx.repos.clinicId, exportId, status: 'running' as const, objectKey: exportObjectKey(ctx.repos.clinicId, exportId), items: 0, files: 0, createdBy: ctx.repos.actor, createdAt: now, updatedAt: now };
  await ctx.repos.exports.createJob(job);
  return toExportJob(job);
}
