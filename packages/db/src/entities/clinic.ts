import { Entity } from 'electrodb';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

export const ClinicEntity = new Entity({
  model: { entity: 'clinic', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    name: { type: 'string', required: true },
    slug: { type: 'string', required: true },
    currency: { type: 'string', required: true },
    defaultTimeZone: { type: 'string', required: true },
    contactEmail: { type: 'string' },
    phone: { type: 'string' },
    taxNumber: { type: 'string' },
    caseNumberPrefix: { type: 'string', default: '' },
    lateCancelWindowHours: { type: 'number', default: 24 },
    onlineCaseType: { type: 'string', default: 'private' },
    onlineCasePolicy: { type: 'string', default: 'attach_open' },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: [] } },
  },
});
