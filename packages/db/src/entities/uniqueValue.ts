import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/** Claims a value that must be unique within a clinic (a member's email), written in the same transaction as its owner. */
export const UniqueValueEntity = new Entity({
  model: { entity: 'uniqueValue', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    kind: { type: 'string', required: true, readOnly: true },
    value: { type: 'string', required: true, readOnly: true },
    ownerId: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'kind', 'value'] }, sk: { field: 'sk', composite: [] } },
  },
});
