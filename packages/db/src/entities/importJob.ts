import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { type CheckImport, type ImportCheck, IMPORT_KINDS, IMPORT_STATUSES, type ImportRowError } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * One CSV import (SPEC P6): the uploaded file's key, its column mapping, and, while it runs, the row
 * it reached. Like the reminder re-planning job, the imports consumer runs one batch per write of this
 * item, and that batch's own write (conditioned on the `batches` it read) is the record that runs the
 * next one, so the work is paced and resumes where it stopped. The dry run (`checking`) is paced the
 * same way: its batches add up `check`, and the import may start once it is `checked`.
 */
export const ImportJobEntity = new Entity({
  model: { entity: 'importJob', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    importId: { type: 'string', required: true, readOnly: true },
    kind: { type: IMPORT_KINDS, required: true, readOnly: true },
    fileName: { type: 'string', required: true },
    objectKey: { type: 'string', required: true, readOnly: true },
    status: { type: IMPORT_STATUSES, required: true },
    mapping: { type: CustomAttributeType<Record<string, string>>('any'), required: true },
    totalRows: { type: 'number', required: true },
    /** Data rows done (0-based index of the next row to import). */
    processed: { type: 'number', required: true },
    created: { type: 'number', required: true },
    existing: { type: 'number', required: true },
    failed: { type: 'number', required: true },
    errors: { type: CustomAttributeType<ImportRowError[]>('any'), required: true },
    /** The caller's choice of preset and columns for the dry run; its first batch resolves it into `mapping`. */
    checkChoice: { type: CustomAttributeType<CheckImport>('any') },
    /** The dry run's counts, first errors and preview so far; absent until its first batch. */
    check: { type: CustomAttributeType<ImportCheck>('any') },
    batches: { type: 'number', required: true },
    createdBy: { type: 'string', required: true, readOnly: true },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['importId'] } },
  },
});

export type StoredImportJob = EntityItem<typeof ImportJobEntity>;
