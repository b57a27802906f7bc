import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/** An address of one clinic that bounced or complained (SPEC N3): nothing more is sent to it. */
export const MailSuppressionEntity = new Entity({
  model: { entity: 'mailSuppression', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    /** Lower-cased. */
    address: { type: 'string', required: true, readOnly: true },
    reason: { type: 'string', required: true },
    feedbackId: { type: 'string' },
    at: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'address'] }, sk: { field: 'sk', composite: [] } },
  },
});
