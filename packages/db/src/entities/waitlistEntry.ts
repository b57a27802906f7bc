import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { WAITLIST_ENTRY_STATUSES, type WaitlistWindow } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** One client's wish for an earlier time (SPEC A9): what, where, when they can come, and their priority. */
export const WaitlistEntryEntity = new Entity({
  model: { entity: 'waitlistEntry', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    entryId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    caseId: { type: 'string', required: true, readOnly: true },
    sessionId: { type: 'string', required: true },
    calendarIds: { type: 'list', items: { type: 'string' }, required: true },
    windows: { type: CustomAttributeType<WaitlistWindow[]>('any'), required: true },
    earliestDate: { type: 'string' },
    latestDate: { type: 'string' },
    priority: { type: 'number', required: true },
    notes: { type: 'string' },
    status: { type: WAITLIST_ENTRY_STATUSES, required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'entryId'] }, sk: { field: 'sk', composite: [] } },
    /** The clinic's entries of one status, best first: what an opening is matched against. */
    byStatus: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['clinicId', 'status'] },
      sk: { field: 'gsi2sk', composite: ['priority', 'createdAt', 'entryId'] },
    },
    /** One client's entries. */
    byClient: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['clinicId', 'clientId'] },
      sk: { field: 'gsi3sk', composite: ['entryId'] },
    },
  },
});

export type StoredWaitlistEntry = EntityItem<typeof WaitlistEntryEntity>;
