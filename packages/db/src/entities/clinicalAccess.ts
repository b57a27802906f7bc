import { Entity, type EntityItem } from 'electrodb';
import { CLINICAL_ACCESS_ACTIONS, CLINICAL_RECORD_TYPES } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * One read of a case's clinical content (P5): written with the read's audit event, never changed,
 * listed per case for its owners ("who looked at this file").
 */
export const ClinicalAccessEntity = new Entity({
  model: { entity: 'clinicalAccess', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    caseId: { type: 'string', required: true, readOnly: true },
    accessId: { type: 'string', required: true, readOnly: true },
    at: { type: 'string', required: true, readOnly: true },
    actor: { type: 'string', required: true, readOnly: true },
    subjectType: { type: CLINICAL_RECORD_TYPES, required: true, readOnly: true },
    subjectId: { type: 'string', required: true, readOnly: true },
    action: { type: CLINICAL_ACCESS_ACTIONS, required: true, readOnly: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'sk', composite: ['at', 'accessId'] } },
  },
});

export type StoredClinicalAccess = EntityItem<typeof ClinicalAccessEntity>;
