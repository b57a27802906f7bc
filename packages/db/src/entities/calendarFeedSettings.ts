import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/** The clinic's feed settings: whether feeds name clients (off unless the clinic turns it on). */
export const CalendarFeedSettingsEntity = new Entity({
  model: { entity: 'calendarFeedSettings', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    showClientNames: { type: 'boolean', required: true },
    updatedAt: { type: 'string', required: true },
    updatedBy: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: [] } },
  },
});
