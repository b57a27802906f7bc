import { Entity } from 'electrodb';
import { anyAttribute, clinicIdAttribute, SERVICE } from './shared';

/** One Idempotency-Key of one clinic: the request's fingerprint and, once done, the response to replay. */
export const IdempotencyRecordEntity = new Entity({
  model: { entity: 'idempotencyRecord', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    key: { type: 'string', required: true, readOnly: true },
    fingerprint: { type: 'string', required: true, readOnly: true },
    status: { type: 'string', required: true },
    response: anyAttribute,
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'key'] }, sk: { field: 'sk', composite: [] } },
  },
});
