import { Entity } from 'electrodb';
import { CASE_DOCUMENT_CATEGORIES, CASE_DOCUMENT_STATUSES, CASE_DOCUMENT_TYPES } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * A file on a case (referral letter, imaging report, insurer letter). The bytes live in the documents
 * bucket under `objectKey`; this item is written `pending` when an upload is announced and becomes
 * `uploaded` once the stored object was checked against what was announced.
 */
export const CaseDocumentEntity = new Entity({
  model: { entity: 'caseDocument', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    documentId: { type: 'string', required: true, readOnly: true },
    caseId: { type: 'string', required: true, readOnly: true },
    objectKey: { type: 'string', required: true, readOnly: true },
    fileName: { type: 'string', required: true, readOnly: true },
    contentType: { type: CASE_DOCUMENT_TYPES, required: true, readOnly: true },
    size: { type: 'number', required: true, readOnly: true },
    category: { type: CASE_DOCUMENT_CATEGORIES, required: true },
    status: { type: CASE_DOCUMENT_STATUSES, required: true },
    uploadedAt: { type: 'string' },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'documentId'] }, sk: { field: 'sk', composite: [] } },
    byCase: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'gsi1sk', composite: ['documentId'] } },
  },
});
