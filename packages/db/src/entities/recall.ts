import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { RECALL_STATUSES, type Recall } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * One case due back under one recall rule, counted from one anchor (a visit or the intake): its id is
 * derived from the three, so planning it again finds it. Moves upcoming -> due/sent -> satisfied by
 * conditional writes, so one recall sends one message and raises one task.
 */
export const RecallEntity = new Entity({
  model: { entity: 'recall', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    recallId: { type: 'string', required: true, readOnly: true },
    ruleId: { type: 'string', required: true, readOnly: true },
    ruleName: { type: 'string', required: true },
    clientId: { type: 'string', required: true, readOnly: true },
    caseId: { type: 'string', required: true, readOnly: true },
    anchorAt: { type: 'string', required: true, readOnly: true },
    dueAt: { type: 'string', required: true },
    status: { type: RECALL_STATUSES, required: true },
    dismissed: { type: 'boolean', required: true },
    sentAt: { type: 'string' },
    sentBy: { type: CustomAttributeType<NonNullable<Recall['sentBy']>>('any') },
    taskRaisedAt: { type: 'string' },
    satisfiedAt: { type: 'string' },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'recallId'] }, sk: { field: 'sk', composite: [] } },
    /** A case's recalls: what a new visit or booking satisfies. */
    byCase: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'caseId'] },
      sk: { field: 'gsi1sk', composite: ['recallId'] },
    },
    /** The recall list by status, soonest due first. */
    byStatus: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['clinicId', 'status'] },
      sk: { field: 'gsi2sk', composite: ['dueAt', 'recallId'] },
    },
  },
});

export type StoredRecall = EntityItem<typeof RecallEntity>;
