import { Entity, type EntityItem } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/** One internal message on a case file (SPEC K7): staff only, never shown to the client. */
export const CaseMessageEntity = new Entity({
  model: { entity: 'caseMessage', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    caseId: { type: 'string', required: true, readOnly: true },
    messageId: { type: 'string', required: true, readOnly: true },
    authorId: { type: 'string', required: true, readOnly: true },
    text: { type: 'string', required: true, readOnly: true },
    mentions: { type: 'list', items: { type: 'string' }, required: true, readOnly: true },
    createdAt: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    /** A case's thread, oldest first (ids are ULIDs). */
    primary: { pk: { field: 'pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'sk', composite: ['messageId'] } },
  },
});

export type StoredCaseMessage = EntityItem<typeof CaseMessageEntity>;
