/** An export as the API shows it; once done, with a short-lived presigned link to the zip. */
import { DOWNLOAD_URL_SECONDS, type ExportJob } from '@casefile/core';
import type { StoredExportJob } from '@casefile/db';
import { objectStorage } from '../../ports/objectStorage';
import type { StaffContext } from '../context';

/** Long enough to start a large download; the link can be asked for again. */
export const EXPORT_LINK_SECONDS = Math.max(DOWNLOAD_URL_SECONDS, 15 * 60);

export function toExportJob(stored: StoredExportJob): ExportJob {
  const { exportId, status, items, files, createdAt, updatedAt } = stored;
  return { exportId, status, items, files, createdAt, updatedAt };
}

export async function getExport(ctx: StaffContext, exportId: string): Promise<ExportJob> {
  const stored = await ctx.repos.exports.getJob(exportId);
  if (stored.status !== 'done') return toExportJob(stored);
  const url = await objectStorage().presignDownload({ key: stored.objectKey, fileName: `casefile-export-${stored.createdAt.slice(0, 10)}.zip`, contentType: 'application/zip', expiresInSeconds: EXPORT_LINK_SECONDS });
  const expiresAt = new Date(ctx.runtime.clock.now().getTime() + EXPORT_LINK_SECONDS * 1000).toISOString();
  return { ...toExportJob(stored), download: { url, method: 'GET', headers: {}, expiresAt } };
}
