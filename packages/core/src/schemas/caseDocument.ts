import * as z from 'zod';
import { CASE_DOCUMENT_CATEGORIES, CASE_DOCUMENT_STATUSES, CASE_DOCUMENT_TYPES, MAX_CASE_DOCUMENT_BYTES } from '../files/uploadRules';
import { instantSchema, recordMetaSchema, ulidSchema } from './common';

export const caseDocumentTypeSchema = z.enum(CASE_DOCUMENT_TYPES).meta({ id: 'CaseDocumentType', description: 'Allowed file types: PDF, JPEG, PNG, HEIC, TIFF, plain text, Word (.docx).' });

export const createCaseDocumentSchema = z
  .strictObject({
    fileName: z.string().trim().min(1).max(200).refine((name) => !/[/\\]/.test(name) && ![...name].some((char) => char.charCodeAt(0) < 32), 'Must be a file name without slashes or control characters.'),
    contentType: caseDocumentTypeSchema,
    size: z.number().int().min(1).max(MAX_CASE_DOCUMENT_BYTES, `At most ${MAX_CASE_DOCUMENT_BYTES} bytes (25 MB).`),
    category: z.enum(CASE_DOCUMENT_CATEGORIES).default('other'),
  })
  .meta({ id: 'CreateCaseDocument' });

export const caseDocumentSchema = z
  .object({
    documentId: ulidSchema,
    caseId: ulidSchema,
    fileName: z.string(),
    contentType: caseDocumentTypeSchema,
    size: z.number().int(),
    category: z.enum(CASE_DOCUMENT_CATEGORIES),
    status: z.enum(CASE_DOCUMENT_STATUSES),
    uploadedAt: instantSchema.optional(),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'CaseDocument' });

export const presignedRequestSchema = z
  .object({
    url: z.string(),
    method: z.enum(['PUT', 'GET']),
    /** Headers the browser must send exactly (they are part of the signature). */
    headers: z.record(z.string(), z.string()),
    expiresAt: instantSchema,
  })
  .meta({ id: 'PresignedRequest' });

export const caseDocumentUploadSchema = z.object({ document: caseDocumentSchema, upload: presignedRequestSchema }).meta({ id: 'CaseDocumentUpload' });
export const caseDocumentListSchema = z.object({ items: z.array(caseDocumentSchema) }).meta({ id: 'CaseDocumentList' });

export type CreateCaseDocument = z.output<typeof createCaseDocumentSchema>;
export type CaseDocument = z.infer<typeof caseDocumentSchema>;
export type PresignedRequest = z.infer<typeof presignedRequestSchema>;
