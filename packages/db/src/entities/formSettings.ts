import { Entity, type EntityItem } from 'electrodb';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** A clinic's form settings (K6): which templates a new online booking sends the client. One item per clinic. */
export const FormSettingsEntity = new Entity({
  model: { entity: 'formSettings', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    onlineBookingTemplateKeys: { type: 'list', items: { type: 'string' }, required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: [] } },
  },
});

export type StoredFormSettings = EntityItem<typeof FormSettingsEntity>;
