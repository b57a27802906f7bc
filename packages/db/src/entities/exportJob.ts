import { Entity, type EntityItem } from 'electrodb';
import { EXPORT_STATUSES } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * A full clinic export (SPEC P6): every item of the clinic as NDJSON plus its files, zipped to object
 * storage. The exports consumer builds it when the item is written with status `running`, then marks
 * it done (conditioned on the state it read, so a redelivered record builds nothing twice).
 */
export const ExportJobEntity = new Entity({
  model: { entity: 'exportJob', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    exportId: { type: 'string', required: true, readOnly: true },
    status: { type: EXPORT_STATUSES, required: true },
    objectKey: { type: 'string', required: true, readOnly: true },
    items: { type: 'number', required: true },
    files: { type: 'number', required: true },
    createdBy: { type: 'string', required: true, readOnly: true },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['exportId'] } },
  },
});

export type StoredExportJob = EntityItem<typeof ExportJobEntity>;
