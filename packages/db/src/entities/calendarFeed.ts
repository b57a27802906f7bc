import { Entity } from 'electrodb';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * A provider calendar's iCalendar feed (SPEC P3): at most one per calendar, in the clinic's
 * partition. Only the SHA-256 of the feed's secret is kept; the secret itself is shown once, in the
 * URL the issuing request answers with.
 */
export const CalendarFeedEntity = new Entity({
  model: { entity: 'calendarFeed', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    calendarId: { type: 'string', required: true, readOnly: true },
    tokenHash: { type: 'string', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['calendarId'] } },
  },
});
