import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * Proof that one stream record's change was added to one rollup bucket: created (attribute_not_exists)
 * in the same transaction as the ADD, so a redelivered record adds nothing twice. Expires by TTL well
 * after the stream's 24-hour retention, when no redelivery can come any more.
 */
export const RollupClaimEntity = new Entity({
  model: { entity: 'rollupClaim', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    recordId: { type: 'string', required: true, readOnly: true },
    bucket: { type: 'string', required: true, readOnly: true },
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'recordId'] }, sk: { field: 'sk', composite: ['bucket'] } },
  },
});
