import { Entity } from 'electrodb';
import { CALENDAR_KINDS } from '@casefile/core';
import { anyAttribute, clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** Provider, room and equipment calendars: a short per-clinic list kept in the clinic's partition. */
export const CalendarEntity = new Entity({
  model: { entity: 'calendar', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    calendarId: { type: 'string', required: true, readOnly: true },
    kind: { type: CALENDAR_KINDS, required: true, readOnly: true },
    name: { type: 'string', required: true },
    locationId: { type: 'string', required: true },
    memberId: { type: 'string' },
    disciplineIds: { type: 'list', items: { type: 'string' }, required: true },
    grantedMemberIds: { type: 'list', items: { type: 'string' }, required: true },
    onlineBooking: { type: 'boolean', required: true },
    visibleHours: anyAttribute,
    guardrails: anyAttribute,
    active: { type: 'boolean', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['calendarId'] } },
  },
});
