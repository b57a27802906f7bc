/**
 * Builds a full clinic export (SPEC P6), run by the transfers consumer when a job is written running:
 * walks every item of the clinic, fetches each uploaded document, zips it all to object storage and
 * marks the job done (conditioned on it still running, so a redelivered record finishes nothing twice;
 * a rebuilt zip under the same key is the same export).
 */
import { createClinicRepositories, RAW_ENTITY_ATTRIBUTE, type RawItem, type StoredExportJob } from '@casefile/db';
import { objectBodies } from '../../ports/objectBodies';
import type { Runtime } from '../../runtime';
import { packArchive } from './exportArchive';
import { walkClinic } from './walkClinic';

export async function buildExport(rt: Runtime, image: Pick<StoredExportJob, 'clinicId' | 'exportId'>): Promise<StoredExportJob | undefined> {
  const repos = createClinicRepositories({ service: rt.service, clinicId: image.clinicId, actor: 'system:exports', now: () => rt.clock.now(), newId: rt.newId });
  const job = await repos.exports.getJob(image.exportId);
  if (job.status !== 'running') return undefined;
  const items: RawItem[] = [];
  for await (const batch of walkClinic(repos)) items.push(...batch);
  const files = new Map<string, Uint8Array>();
  for (const item of items) {
    if (item[RAW_ENTITY_ATTRIBUTE] !== 'caseDocument' || item.status !== 'uploaded') continue;
    const bytes = await objectBodies().read(item.objectKey as string);
    if (bytes) files.set(`${item.documentId as string}/${item.fileName as string}`, bytes);
  }
  const { zip } = packArchive({ clinicId: job.clinicId, exportedAt: rt.clock.now().toISOString(), items, files });
  await objectBodies().write(job.objectKey, zip, 'application/zip');
  const next: StoredExportJob = { ...job, status: 'done', items: items.length, files: files.size, updatedAt: rt.clock.now().toISOString() };
  return (await repos.exports.finishJob(next)) ? next : undefined;
}
