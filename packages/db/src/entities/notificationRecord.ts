import { Entity } from 'electrodb';
import { AUDIENCES, MESSAGE_KINDS, NOTIFICATION_OUTCOMES, SKIP_REASONS } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * One message of one appointment (kind, reminder lead time, audience): claimed with a conditional
 * create before it is sent, so a repeated firing sends nothing; then marked sent or skipped, or
 * failed (with the error and the payload to retry it with) when the mailer threw: a failed record is
 * claimed again by the next retry. The records of an appointment are its notification log; the
 * `byOutcome` index lists a clinic's failed notices.
 */
export const NotificationRecordEntity = new Entity({
  model: { entity: 'notificationRecord', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    appointmentId: { type: 'string', required: true, readOnly: true },
    key: { type: 'string', required: true, readOnly: true },
    kind: { type: MESSAGE_KINDS, required: true, readOnly: true },
    audience: { type: AUDIENCES, required: true, readOnly: true },
    leadMinutes: { type: 'number' },
    outcome: { type: NOTIFICATION_OUTCOMES, required: true },
    reason: { type: SKIP_REASONS },
    describedAppointmentId: { type: 'string' },
    messageId: { type: 'string' },
    failure: { type: 'string' },
    attempts: { type: 'number' },
    /** The delivery payload, kept on a failed record so staff can retry it. */
    payload: { type: 'any' },
    at: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'appointmentId'] }, sk: { field: 'sk', composite: ['key'] } },
    byOutcome: { index: 'gsi2', pk: { field: 'gsi2pk', composite: ['clinicId', 'outcome'] }, sk: { field: 'gsi2sk', composite: ['at'] } },
  },
});
