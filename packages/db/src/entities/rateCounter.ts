import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/** Requests counted in one fixed window for one limit and subject (an address, a contact); expires by TTL. */
export const RateCounterEntity = new Entity({
  model: { entity: 'rateCounter', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    limitName: { type: 'string', required: true, readOnly: true },
    subject: { type: 'string', required: true, readOnly: true },
    windowStart: { type: 'number', required: true, readOnly: true },
    count: { type: 'number', required: true },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'limitName', 'subject', 'windowStart'] }, sk: { field: 'sk', composite: [] } },
  },
});
