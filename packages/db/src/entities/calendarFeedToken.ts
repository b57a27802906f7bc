import { Entity } from 'electrodb';
import { SERVICE } from './shared';

/**
 * Which clinic and calendar a feed secret opens, found by the secret's SHA-256: like a clinic slug,
 * an item outside any clinic's partition, because a calendar app's request carries no clinic.
 * Written and deleted in the same transaction as its `calendarFeed`.
 */
export const CalendarFeedTokenEntity = new Entity({
  model: { entity: 'calendarFeedToken', version: '1', service: SERVICE },
  attributes: {
    tokenHash: { type: 'string', required: true, readOnly: true },
    clinicId: { type: 'string', required: true, readOnly: true },
    calendarId: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['tokenHash'] }, sk: { field: 'sk', composite: [] } },
  },
});
