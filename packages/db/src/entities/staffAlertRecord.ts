import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * One staff alert mail about a case (the low-authorization alert, K5) to one recipient: claimed with a
 * conditional create before it is sent, so a redelivered stream record sends nothing twice; then
 * marked sent. The records of a case are its staff alert log.
 */
export const StaffAlertRecordEntity = new Entity({
  model: { entity: 'staffAlertRecord', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    caseId: { type: 'string', required: true, readOnly: true },
    /** The alert's key and the recipient. */
    key: { type: 'string', required: true, readOnly: true },
    kind: { type: 'string', required: true, readOnly: true },
    recipientId: { type: 'string', required: true, readOnly: true },
    outcome: { type: 'string', required: true },
    messageId: { type: 'string' },
    at: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'sk', composite: ['key'] } },
  },
});
