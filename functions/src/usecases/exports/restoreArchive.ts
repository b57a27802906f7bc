/**
 * Brings a full clinic export into this clinic (SPEC P6: leave one Casefile for another, or recover):
 * an archive is announced and uploaded through a presigned PUT, then restored. Only an empty clinic
 * (no clients yet) takes an archive with records, so nothing of its own is mixed with or overwritten by the archive.
 * Items keep their ids, numbers, balances and audit events; the clinic itself and its team stay this
 * clinic's own. Runs within the request: sized for practices, not for bulk migrations (those use the
 * CSV imports, which run as jobs).
 */
import { ConflictError, NotFoundError, type PresignedRequest, UPLOAD_URL_SECONDS } from '@casefile/core';
import { objectBodies } from '../../ports/objectBodies';
import { objectStorage } from '../../ports/objectStorage';
import type { StaffContext } from '../context';
import { unpackArchive } from './exportArchive';

const archiveKey = (clinicId: string, archiveId: string) => `imports/${clinicId}/${archiveId}.zip`;

export async function announceArchive(ctx: StaffContext, size: number): Promise<{ archiveId: string; upload: PresignedRequest }> {
  const archiveId = ctx.runtime.newId();
  const signed = await objectStorage().presignUpload({ key: archiveKey(ctx.repos.clinicId, archiveId), contentType: 'application/zip', size, expiresInSeconds: UPLOAD_URL_SECONDS });
  const expiresAt = new Date(ctx.runtime.clock.now().getTime() + UPLOAD_URL_SECONDS * 1000).toISOString();
  return { archiveId, upload: { url: signed.url, method: 'PUT', headers: signed.headers, expiresAt } };
}

export async function restoreArchive(ctx: StaffContext, archiveId: string): Promise<{ restored: number; counts: Record<string, number> }> {
  const bytes = await objectBodies().read(archiveKey(ctx.repos.clinicId, archiveId));
  // Nothing uploaded under this clinic's key: an id of another clinic's, or one never used, reads as unknown.
  if (!bytes) throw new NotFoundError('Archive');
  const { manifest, items } = unpackArchive(bytes);
  if (manifest.clinicId === ctx.repos.clinicId) throw new ConflictError('This archive is of this very clinic.', 'same_clinic');
  // Numbers, balances and sequences come with the archive: they must not meet a clinic's own.
  if (items.length > 0 && (await ctx.repos.exports.clientIds()).length > 0) throw new ConflictError('Only a clinic without clients can take a restore.', 'clinic_not_empty');
  const restored = await ctx.repos.exports.restore(items, manifest.clinicId);
  return { restored, counts: manifest.counts };
}
