import { Entity, type EntityItem } from 'electrodb';
import { anyAttribute, clinicIdAttribute, SERVICE } from './shared';

/**
 * Re-planning every case's recalls after the recall rules were saved (issue 18 item 2): one item per
 * clinic, its cursor over the clinic's clients advanced batch by batch by the recalls consumer (each
 * write is the next stream record), so the work is paced and resumes where it stopped. A save with a
 * newer rules version replaces it.
 */
export const RecallReplanJobEntity = new Entity({
  model: { entity: 'recallReplanJob', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    /** The version of the recall rules this job plans for. */
    revision: { type: 'number', required: true },
    /** The name-index cursor after the last client done; absent on the first batch. */
    cursor: anyAttribute,
    /** Cases planned so far. */
    planned: { type: 'number', required: true },
    batches: { type: 'number', required: true },
    done: { type: 'boolean', required: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: [] } },
  },
});

export type StoredRecallReplanJob = EntityItem<typeof RecallReplanJobEntity>;
