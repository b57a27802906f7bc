import { Entity } from 'electrodb';
import { AUDIENCES, MESSAGE_KINDS, NOTIFICATION_OUTCOMES, SKIP_REASONS } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * One message of one appointment (kind, reminder lead time, audience): claimed with a conditional
 * create before it is sent, so a repeated firing sends nothing; then marked sent or skipped. The
 * records of an appointment are its notification log.
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
    at: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'appointmentId'] }, sk: { field: 'sk', composite: ['key'] } },
  },
});
