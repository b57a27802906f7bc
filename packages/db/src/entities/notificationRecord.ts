import { Entity } from 'electrodb';
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
    kind: { type: 'string', required: true, readOnly: true },
    audience: { type: 'string', required: true, readOnly: true },
    leadMinutes: { type: 'number' },
    outcome: { type: 'string', required: true },
    reason: { type: 'string' },
    describedAppointmentId: { type: 'string' },
    messageId: { type: 'string' },
    at: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'appointmentId'] }, sk: { field: 'sk', composite: ['key'] } },
  },
});
