import { Entity } from 'electrodb';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** A price-list entry (B1). All of a clinic's items are one partition: listing them is one Query. */
export const BillingItemEntity = new Entity({
  model: { entity: 'billingItem', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    billingItemId: { type: 'string', required: true, readOnly: true },
    code: { type: 'string', required: true },
    description: { type: 'string', required: true },
    unitPriceMinor: { type: 'number', required: true },
    taxCodes: { type: 'list', items: { type: 'string' }, required: true },
    active: { type: 'boolean', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['billingItemId'] } },
  },
});
