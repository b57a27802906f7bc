import { Entity } from 'electrodb';
import { CASE_STATUSES, CASE_TYPES } from '@casefile/core';
import { anyAttribute, clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

export const CaseFileEntity = new Entity({
  model: { entity: 'caseFile', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    caseId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    caseNumber: { type: 'number', required: true, readOnly: true },
    caseLabel: { type: 'string', required: true, readOnly: true },
    caseType: { type: CASE_TYPES, required: true },
    title: { type: 'string' },
    intakeDate: { type: 'string', required: true },
    dateOfInjury: { type: 'string' },
    referralSource: anyAttribute,
    disciplineId: { type: 'string' },
    assignedProviderIds: { type: 'list', items: { type: 'string' }, required: true },
    contacts: anyAttribute,
    status: { type: CASE_STATUSES, required: true },
    closingReason: { type: 'string' },
    statusChangedAt: { type: 'string', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'sk', composite: [] } },
    clientFile: {
      index: 'gsi1',
      collection: 'clientFile',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'clientId'] },
      sk: { field: 'gsi1sk', composite: ['caseNumber'] },
    },
  },
});
