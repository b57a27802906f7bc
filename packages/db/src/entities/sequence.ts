import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/** A per-clinic counter (case numbers, later invoice numbers), advanced only inside transactions. */
export const SequenceEntity = new Entity({
  model: { entity: 'sequence', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    name: { type: 'string', required: true, readOnly: true },
    value: { type: 'number', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['name'] } },
  },
});
