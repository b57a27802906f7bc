import { Entity } from 'electrodb';
import { TIME_BLOCK_KINDS } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

export const TimeBlockEntity = new Entity({
  model: { entity: 'timeBlock', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    blockId: { type: 'string', required: true, readOnly: true },
    calendarId: { type: 'string', required: true, readOnly: true },
    kind: { type: TIME_BLOCK_KINDS, required: true },
    label: { type: 'string' },
    start: { type: 'string', required: true },
    end: { type: 'string', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'blockId'] }, sk: { field: 'sk', composite: [] } },
    /** Blocks of a calendar by start; a range read widens `from` by the longest block allowed. */
    byCalendar: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'calendarId'] },
      sk: { field: 'gsi1sk', composite: ['start', 'blockId'] },
    },
  },
});
