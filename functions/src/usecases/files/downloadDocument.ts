/** A short-lived presigned GET for one uploaded file; handing it out counts as reading the file (audited). */
import { ConflictError, DOWNLOAD_URL_SECONDS, type PresignedRequest } from '@casefile/core';
import { objectStorage } from '../../ports/objectStorage';
import { recordRead } from '../clinicalRecords/recordRead';
import type { StaffContext } from '../context';

export async function downloadDocument(ctx: StaffContext, documentId: string): Promise<PresignedRequest> {
  const document = await ctx.repos.caseDocuments.get(documentId);
  if (document.status !== 'uploaded') throw new ConflictError('The file has not finished uploading.', 'not_uploaded');
  const url = await objectStorage().presignDownload({ key: document.objectKey, fileName: document.fileName, contentType: document.contentType, expiresInSeconds: DOWNLOAD_URL_SECONDS });
  await recordRead(ctx, { caseId: document.caseId, subjectType: 'caseDocument', subjectId: documentId, action: 'read' });
  const expiresAt = new Date(ctx.runtime.clock.now().getTime() + DOWNLOAD_URL_SECONDS * 1000).toISOString();
  return { url, method: 'GET', headers: {}, expiresAt };
}
