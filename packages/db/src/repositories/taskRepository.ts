/** Tasks and case messages (SPEC K7): keyed reads and conditional writes; who sees what is decided in the use cases. */
import { assigneeKey, type CreateTask, type Task, type TaskSource, type TaskStatus, type UpdateTask } from '@casefile/core';
import type { StoredCaseMessage } from '../entities/caseMessage';
import type { StoredTask } from '../entities/task';
import { type RepositoryContext, stampNew } from './context';
import { isConditionFailure } from './errors';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

export type { StoredCaseMessage, StoredTask };

export function createTaskRepository(ctx: RepositoryContext) {
  const { task, caseMessage } = ctx.service.entities;
  const { clinicId } = ctx;
  const versioned: VersionedEntity = task;
  const keysOf = (taskId: string) => ({ clinicId, taskId });

  return {
    get: (taskId: string) => readOrThrow<StoredTask>(versioned, keysOf(taskId), 'Task'),

    create: (input: CreateTask, source: TaskSource = 'staff', taskId: string = ctx.newId()) =>
      createVersioned<StoredTask>(versioned, { ...input, assigneeKey: assigneeKey(input.assignee), status: 'open', source, comments: [], ...keysOf(taskId), ...stampNew(ctx) }, 'task'),

    /** A task Casefile creates once per cause (the id is derived from it); false when it exists already. */
    async createOnce(taskId: string, input: CreateTask, source: TaskSource): Promise<boolean> {
      try {
        await task.create({ ...input, assigneeKey: assigneeKey(input.assignee), status: 'open', source, comments: [], ...keysOf(taskId), ...stampNew(ctx) }).go();
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    },

    update: (taskId: string, patch: UpdateTask | { comments: Task['comments'] }) =>
      patchVersioned<StoredTask>(ctx, versioned, keysOf(taskId), patch, 'Task', (_current, merged) => ({ ...merged, assigneeKey: assigneeKey(merged.assignee) })),

    /** One assignee's tasks of the given statuses (one Query per status). */
    async forAssignee(key: string, statuses: readonly TaskStatus[]): Promise<StoredTask[]> {
      const pages = await Promise.all(statuses.map((status) => task.query.byAssignee({ clinicId, assigneeKey: key }).begins({ status }).go({ pages: 'all' })));
      return pages.flatMap((page) => page.data);
    },

    async addMessage(message: Omit<StoredCaseMessage, 'clinicId' | 'messageId' | 'createdAt'>): Promise<StoredCaseMessage> {
      return (await caseMessage.create({ ...message, clinicId, messageId: ctx.newId(), createdAt: ctx.now().toISOString() }).go()).data;
    },

    async messagesOfCase(caseId: string): Promise<StoredCaseMessage[]> {
      return (await caseMessage.query.primary({ clinicId, caseId }).go({ pages: 'all' })).data;
    },
  };
}

export type TaskRepository = ReturnType<typeof createTaskRepository>;
