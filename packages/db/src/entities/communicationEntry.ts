import { Entity } from 'electrodb';
import { COMMUNICATION_CHANNELS, COMMUNICATION_DIRECTIONS } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/** A call or message about a case that staff recorded; written once, never changed. */
export const CommunicationEntryEntity = new Entity({
  model: { entity: 'communicationEntry', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    caseId: { type: 'string', required: true, readOnly: true },
    entryId: { type: 'string', required: true, readOnly: true },
    channel: { type: COMMUNICATION_CHANNELS, required: true, readOnly: true },
    direction: { type: COMMUNICATION_DIRECTIONS, required: true, readOnly: true },
    summary: { type: 'string', required: true, readOnly: true },
    at: { type: 'string', required: true, readOnly: true },
    recordedBy: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'sk', composite: ['entryId'] } },
  },
});
