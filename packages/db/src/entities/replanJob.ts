import { Entity } from 'electrodb';
import { anyAttribute, clinicIdAttribute, SERVICE } from './shared';

/**
 * Re-planning every future appointment after the reminder rules changed (SPEC N2): one item per
 * clinic, its cursor advanced batch by batch by the notifications consumer (each write is the next
 * stream record), so the work is paced and resumes where it stopped. A newer revision replaces it.
 */
export const ReplanJobEntity = new Entity({
  model: { entity: 'replanJob', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    revision: { type: 'number', required: true },
    /** The instant future appointments are counted from. */
    from: { type: 'string', required: true },
    calendarIds: { type: 'list', items: { type: 'string' }, required: true },
    calendarIndex: { type: 'number', required: true },
    /** The last occupancy key done on the current calendar. */
    cursor: anyAttribute,
    planned: { type: 'number', required: true },
    batches: { type: 'number', required: true },
    done: { type: 'boolean', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: [] } },
  },
});
