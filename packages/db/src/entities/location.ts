import { Entity } from 'electrodb';
import { anyAttribute, clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

export const LocationEntity = new Entity({
  model: { entity: 'location', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    locationId: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true },
    address: anyAttribute,
    timeZone: { type: 'string', required: true },
    phone: { type: 'string' },
    active: { type: 'boolean', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['locationId'] } },
  },
});
