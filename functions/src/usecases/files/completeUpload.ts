/**
 * Confirms an upload: the stored object must be the announced one (size, type, under the cap). A
 * mismatch deletes the object and answers 422, so nothing unchecked is ever listed as uploaded.
 */
import { checkUploadedObject, ConflictError, type CaseDocument, DomainError } from '@casefile/core';
import { objectStorage } from '../../ports/objectStorage';
import type { StaffContext } from '../context';
import { toCaseDocument } from './toCaseDocument';

const REASONS = {
  missing: 'Nothing was uploaded for this file yet.',
  too_large: 'The uploaded file is larger than 25 MB.',
  size_mismatch: 'The uploaded file is not the size that was announced.',
  type_mismatch: 'The uploaded file is not of the type that was announced.',
} as const;

export async function completeUpload(ctx: StaffContext, documentId: string): Promise<CaseDocument> {
  const document = await ctx.repos.caseDocuments.get(documentId);
  if (document.status === 'uploaded') return toCaseDocument(document);
  const storage = objectStorage();
  const check = checkUploadedObject(document, await storage.describe(document.objectKey));
  if (!check.ok) {
    if (check.reason !== 'missing') await storage.remove(document.objectKey);
    throw new DomainError('unprocessable', REASONS[check.reason], { code: `upload_${check.reason}` });
  }
  const outcome = await ctx.repos.caseDocuments.markUploaded(document);
  if ('written' in outcome) return toCaseDocument(outcome.written);
  const now = await ctx.repos.caseDocuments.get(documentId);
  if (now.status === 'uploaded') return toCaseDocument(now);
  throw new ConflictError('The file changed while it was being confirmed; try again.');
}
