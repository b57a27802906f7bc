/** Announces a file for a case and hands back a presigned PUT bound to its size and type (SPEC K6). */
import { caseDocumentObjectKey, type CaseDocument, type CreateCaseDocument, type PresignedRequest, UPLOAD_URL_SECONDS } from '@casefile/core';
import { objectStorage } from '../../ports/objectStorage';
import type { StaffContext } from '../context';
import { toCaseDocument } from './toCaseDocument';

export async function requestUpload(ctx: StaffContext, caseId: string, input: CreateCaseDocument): Promise<{ document: CaseDocument; upload: PresignedRequest }> {
  await ctx.repos.cases.get(caseId);
  const documentId = ctx.runtime.newId();
  const objectKey = caseDocumentObjectKey(ctx.repos.clinicId, caseId, documentId);
  const stored = await ctx.repos.caseDocuments.announce({ documentId, caseId, objectKey, ...input });
  const signed = await objectStorage().presignUpload({ key: objectKey, contentType: input.contentType, size: input.size, expiresInSeconds: UPLOAD_URL_SECONDS });
  const expiresAt = new Date(ctx.runtime.clock.now().getTime() + UPLOAD_URL_SECONDS * 1000).toISOString();
  return { document: toCaseDocument(stored), upload: { url: signed.url, method: 'PUT', headers: signed.headers, expiresAt } };
}
