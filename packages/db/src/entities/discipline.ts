import { Entity } from 'electrodb';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

export const DisciplineEntity = new Entity({
  model: { entity: 'discipline', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    disciplineId: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true },
    colour: { type: 'string' },
    active: { type: 'boolean', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['disciplineId'] } },
  },
});
