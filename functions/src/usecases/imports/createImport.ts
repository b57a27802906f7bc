/** Announces a CSV file to import and hands back a presigned PUT bound to its size (SPEC P6). */
import { type CreateImport, type ImportJob, type PresignedRequest, UPLOAD_URL_SECONDS } from '@casefile/core';
import { objectStorage } from '../../ports/objectStorage';
import type { StaffContext } from '../context';
import { importObjectKey } from './importFile';
import { toImportJob } from './toImportJob';

export const IMPORT_CONTENT_TYPE = 'text/csv';

export async function createImport(ctx: StaffContext, input: CreateImport): Promise<{ import: ImportJob; upload: PresignedRequest }> {
  const importId = ctx.runtime.newId();
  const now = ctx.runtime.clock.now().toISOString();
  const objectKey = importObjectKey(ctx.repos.clinicId, importId);
  const job = {
    clinicId: ctx.repos.clinicId,
    importId,
    kind: input.kind,
    fileName: input.fileName,
    objectKey,
    status: 'uploading' as const,
    mapping: {},
    totalRows: 0,
    processed: 0,
    created: 0,
    existing: 0,
    failed: 0,
    errors: [],
    batches: 0,
    createdBy: ctx.repos.actor,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.repos.imports.create(job);
  const signed = await objectStorage().presignUpload({ key: objectKey, contentType: IMPORT_CONTENT_TYPE, size: input.size, expiresInSeconds: UPLOAD_URL_SECONDS });
  const expiresAt = new Date(ctx.runtime.clock.now().getTime() + UPLOAD_URL_SECONDS * 1000).toISOString();
  return { import: toImportJob(job), upload: { url: signed.url, method: 'PUT', headers: signed.headers, expiresAt } };
}
