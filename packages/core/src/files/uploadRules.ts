/**
 * What a case file may hold and how an upload is checked (SPEC K6): a type allow-list, a size cap, and
 * the check that the stored object is the one that was announced before the file is listed as uploaded.
 */
export const CASE_DOCUMENT_TYPES = [
  'application/pdf',
  'image/jpeg',
  'image/png',
  'image/heic',
  'image/tiff',
  'text/plain',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
] as const;
export type CaseDocumentType = (typeof CASE_DOCUMENT_TYPES)[number];

export const CASE_DOCUMENT_CATEGORIES = ['referral', 'imaging', 'insurer', 'correspondence', 'other'] as const;
export const CASE_DOCUMENT_STATUSES = ['pending', 'uploaded'] as const;
export type CaseDocumentStatus = (typeof CASE_DOCUMENT_STATUSES)[number];

export const MAX_CASE_DOCUMENT_BYTES = 25 * 1024 * 1024;
/** Long enough for a 25 MB upload on a slow line, short enough that a leaked URL is soon useless. */
export const UPLOAD_URL_SECONDS = 15 * 60;
/** A download link is for opening the file now, not for sharing. */
export const DOWNLOAD_URL_SECONDS = 5 * 60;

/** Where a document's bytes live in the bucket: the clinic first, so a bucket policy or lifecycle rule can scope by tenant. */
export function caseDocumentObjectKey(clinicId: string, caseId: string, documentId: string): string {
  return `clinics/${clinicId}/cases/${caseId}/documents/${documentId}`;
}

export interface StoredObjectFacts {
  size: number;
  contentType: string | undefined;
}

export type UploadCheck = { ok: true } | { ok: false; reason: 'missing' | 'size_mismatch' | 'type_mismatch' | 'too_large' };

/** The object must be there, of the announced type and exactly the announced size (never above the cap). */
export function checkUploadedObject(announced: { size: number; contentType: string }, stored: StoredObjectFacts | undefined): UploadCheck {
  if (!stored) return { ok: false, reason: 'missing' };
  if (stored.size > MAX_CASE_DOCUMENT_BYTES) return { ok: false, reason: 'too_large' };
  if (stored.size !== announced.size) return { ok: false, reason: 'size_mismatch' };
  if ((stored.contentType ?? '').toLowerCase() !== announced.contentType) return { ok: false, reason: 'type_mismatch' };
  return { ok: true };
}
