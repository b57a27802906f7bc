import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/** A phone number that replied STOP to this clinic (SPEC N1-N2): no SMS goes to it until it replies START. */
export const SmsOptOutEntity = new Entity({
  model: { entity: 'smsOptOut', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    /** The number normalized as client search normalizes it. */
    phoneKey: { type: 'string', required: true, readOnly: true },
    at: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'phoneKey'] }, sk: { field: 'sk', composite: [] } },
  },
});
