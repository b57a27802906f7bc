import { Entity } from 'electrodb';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** Sessions (appointment types), a short per-clinic list kept in the clinic's partition. */
export const SessionEntity = new Entity({
  model: { entity: 'session', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    sessionId: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true },
    disciplineId: { type: 'string', required: true },
    durationMinutes: { type: 'number', required: true },
    colour: { type: 'string' },
    billingItemIds: { type: 'list', items: { type: 'string' }, required: true },
    onlineBookable: { type: 'boolean', required: true },
    requiredResourceKinds: { type: 'list', items: { type: 'string' }, required: true },
    active: { type: 'boolean', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['sessionId'] } },
  },
});
