import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { APPOINTMENT_STATUSES, BOOKING_MODES, type Cancellation } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** An appointment, booked against a case file. Its time on each calendar is an `occupancy` item. */
export const AppointmentEntity = new Entity({
  model: { entity: 'appointment', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    appointmentId: { type: 'string', required: true, readOnly: true },
    caseId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    sessionId: { type: 'string', required: true },
    calendarId: { type: 'string', required: true },
    resourceCalendarIds: { type: 'list', items: { type: 'string' }, required: true },
    start: { type: 'string', required: true },
    end: { type: 'string', required: true },
    status: { type: APPOINTMENT_STATUSES, required: true },
    statusChangedAt: { type: 'string', required: true },
    cancellation: { type: CustomAttributeType<Cancellation>('any') },
    rescheduledFromId: { type: 'string' },
    rescheduledToId: { type: 'string' },
    seriesId: { type: 'string' },
    /** `seriesId`, or '' for an appointment of no series (then it has no gsi4 entry); never read back. */
    seriesKey: { type: 'string', required: true, hidden: true },
    notify: { type: 'boolean' },
    notes: { type: 'string' },
    mode: { type: BOOKING_MODES, required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'appointmentId'] }, sk: { field: 'sk', composite: [] } },
    /** A case's appointments by start. */
    byCase: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['clinicId', 'caseId'] },
      sk: { field: 'gsi2sk', composite: ['start', 'appointmentId'] },
    },
    /** A client's appointments across all of their cases, by start. */
    byClient: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['clinicId', 'clientId'] },
      sk: { field: 'gsi3sk', composite: ['start', 'appointmentId'] },
    },
    /** Sparse: the appointments of one repeat series by start, for "this and following" (A4). */
    bySeries: {
      index: 'gsi4',
      condition: (attributes) => Boolean(attributes.seriesKey),
      pk: { field: 'gsi4pk', composite: ['clinicId', 'seriesKey'] },
      sk: { field: 'gsi4sk', composite: ['start', 'appointmentId'] },
    },
  },
});

/** An appointment as stored: the API's Appointment plus the version every record carries. */
export type StoredAppointment = EntityItem<typeof AppointmentEntity>;
