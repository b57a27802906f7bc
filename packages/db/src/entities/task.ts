import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { TASK_PRIORITIES, TASK_SOURCES, TASK_STATUSES, type Task, type TaskAssignee } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * Something a person must do (SPEC K7), for a member or everyone of a role. Tasks Casefile creates
 * itself have ids derived from what caused them, so a repeated cause creates nothing twice.
 */
export const TaskEntity = new Entity({
  model: { entity: 'task', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    taskId: { type: 'string', required: true, readOnly: true },
    title: { type: 'string', required: true },
    description: { type: 'string' },
    clientId: { type: 'string' },
    caseId: { type: 'string' },
    appointmentId: { type: 'string' },
    assignee: { type: CustomAttributeType<TaskAssignee>('any'), required: true },
    /** `member#id` or `role#name`: the index of "my tasks". */
    assigneeKey: { type: 'string', required: true },
    dueDate: { type: 'string' },
    priority: { type: TASK_PRIORITIES, required: true },
    status: { type: TASK_STATUSES, required: true },
    source: { type: TASK_SOURCES, required: true, readOnly: true },
    comments: { type: CustomAttributeType<Task['comments']>('any'), required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'taskId'] }, sk: { field: 'sk', composite: [] } },
    /** One assignee's tasks by status, oldest first. */
    byAssignee: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'assigneeKey'] },
      sk: { field: 'gsi1sk', composite: ['status', 'createdAt', 'taskId'] },
    },
  },
});

export type StoredTask = EntityItem<typeof TaskEntity>;
