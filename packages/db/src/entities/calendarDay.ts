import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * The double-booking guard's version item: one per calendar and local day. Every appointment write
 * that touches the day bumps it in the same transaction; a no-overlap booking is conditioned on the
 * version it read its availability at.
 */
export const CalendarDayEntity = new Entity({
  model: { entity: 'calendarDay', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    calendarId: { type: 'string', required: true, readOnly: true },
    date: { type: 'string', required: true, readOnly: true },
    version: { type: 'number', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'calendarId', 'date'] }, sk: { field: 'sk', composite: [] } },
  },
});
