import { Entity, type EntityItem } from 'electrodb';
import { APPOINTMENT_STATUSES } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * An appointment's place on one calendar (its provider calendar, and each room or equipment calendar
 * it uses), with its status. Written in the appointment's own transaction, so a calendar's
 * appointments over a range are one Query whatever calendars an appointment spans.
 */
export const OccupancyEntity = new Entity({
  model: { entity: 'occupancy', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    calendarId: { type: 'string', required: true, readOnly: true },
    appointmentId: { type: 'string', required: true, readOnly: true },
    start: { type: 'string', required: true, readOnly: true },
    end: { type: 'string', required: true },
    status: { type: APPOINTMENT_STATUSES, required: true },
    /** Copied from the appointment in its own transaction, so a day view needs no appointment reads. */
    caseId: { type: 'string' },
    clientId: { type: 'string' },
    sessionId: { type: 'string' },
    /** The appointment's main (provider) calendar; differs from `calendarId` on room and equipment calendars. */
    mainCalendarId: { type: 'string' },
  },
  indexes: {
    primary: {
      pk: { field: 'pk', composite: ['clinicId', 'calendarId'] },
      sk: { field: 'sk', composite: ['start', 'appointmentId'] },
    },
  },
});

/** An appointment's place on one calendar. Case, client and session are absent only on items written before they were copied here. */
export type Placement = EntityItem<typeof OccupancyEntity>;
