/** Tasks and internal case messages (SPEC K7): who must act on what, by when; and the team's notes to each other on a case. */
import * as z from 'zod';
import { ROLES } from '../permissions';
import { instantSchema, localDateSchema, recordMetaSchema, ulidSchema } from '../schemas/common';

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'canceled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const OPEN_TASK_STATUSES: readonly TaskStatus[] = ['open', 'in_progress'];

export const TASK_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

/** What created a task: a person, or Casefile where someone must act. */
export const TASK_SOURCES = ['staff', 'notice_failed', 'authorization_low', 'online_review', 'mention', 'sms_reply', 'recall_no_response', 'form_link_failed'] as const;
export type TaskSource = (typeof TASK_SOURCES)[number];

export const taskAssigneeSchema = z
  .discriminatedUnion('kind', [z.strictObject({ kind: z.literal('member'), memberId: ulidSchema }), z.strictObject({ kind: z.literal('role'), role: z.enum(ROLES) })])
  .meta({ id: 'TaskAssignee' });
export type TaskAssignee = z.infer<typeof taskAssigneeSchema>;

const titleSchema = z.string().trim().min(1).max(200);
const textSchema = z.string().trim().min(1).max(2000);

export const createTaskSchema = z
  .strictObject({
    title: titleSchema,
    description: textSchema.optional(),
    clientId: ulidSchema.optional(),
    caseId: ulidSchema.optional(),
    appointmentId: ulidSchema.optional(),
    assignee: taskAssigneeSchema,
    dueDate: localDateSchema.optional(),
    priority: z.enum(TASK_PRIORITIES).default('normal'),
  })
  .meta({ id: 'CreateTask' });
export type CreateTask = z.output<typeof createTaskSchema>;

export const updateTaskSchema = z
  .strictObject({
    title: titleSchema.optional(),
    description: textSchema.nullable().optional(),
    assignee: taskAssigneeSchema.optional(),
    dueDate: localDateSchema.nullable().optional(),
    priority: z.enum(TASK_PRIORITIES).optional(),
    status: z.enum(TASK_STATUSES).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, 'Send at least one field to change.')
  .meta({ id: 'UpdateTask' });
export type UpdateTask = z.output<typeof updateTaskSchema>;

export const MAX_TASK_COMMENTS = 100;

export const taskCommentSchema = z.object({ commentId: ulidSchema, authorId: z.string(), text: z.string(), at: instantSchema }).meta({ id: 'TaskComment' });
export const createTaskCommentSchema = z.strictObject({ text: textSchema }).meta({ id: 'CreateTaskComment' });

export const taskSchema = z
  .object({
    taskId: ulidSchema,
    title: z.string(),
    description: z.string().optional(),
    clientId: ulidSchema.optional(),
    caseId: ulidSchema.optional(),
    appointmentId: ulidSchema.optional(),
    assignee: taskAssigneeSchema,
    dueDate: localDateSchema.optional(),
    priority: z.enum(TASK_PRIORITIES),
    status: z.enum(TASK_STATUSES),
    source: z.enum(TASK_SOURCES),
    comments: z.array(taskCommentSchema),
    version: z.number().int(),
  })
  .extend(recordMetaSchema.shape)
  .meta({ id: 'Task' });
export type Task = z.infer<typeof taskSchema>;

export const taskQuerySchema = z.strictObject({
  assignee: z.union([z.literal('me'), ulidSchema, z.enum(ROLES)]).default('me').meta({ description: "'me' (the caller and their role), a member id, or a role." }),
  status: z.enum(['open', 'closed', 'all']).default('open'),
});
export type TaskQuery = z.output<typeof taskQuerySchema>;

export const taskListSchema = z.object({ items: z.array(taskSchema) }).meta({ id: 'TaskList' });
export const taskCountsSchema = z.object({ open: z.number().int(), overdue: z.number().int() }).meta({ id: 'TaskCounts' });

export const createCaseMessageSchema = z
  .strictObject({ text: textSchema, mentions: z.array(ulidSchema).max(20).default([]).meta({ description: 'Members @mentioned; each gets a task pointing at the message.' }) })
  .meta({ id: 'CreateCaseMessage' });
export type CreateCaseMessage = z.output<typeof createCaseMessageSchema>;

export const caseMessageSchema = z
  .object({ messageId: ulidSchema, caseId: ulidSchema, authorId: z.string(), text: z.string(), mentions: z.array(ulidSchema), createdAt: instantSchema })
  .meta({ id: 'CaseMessage' });
export type CaseMessage = z.infer<typeof caseMessageSchema>;
export const caseMessageListSchema = z.object({ items: z.array(caseMessageSchema) }).meta({ id: 'CaseMessageList' });

/** The index key of an assignee: one member, or everyone of a role. */
export function assigneeKey(assignee: TaskAssignee): string {
  return assignee.kind === 'member' ? `member#${assignee.memberId}` : `role#${assignee.role}`;
}

/** Whether an open task is past its due date, on the clinic's local today. */
export function isOverdue(task: Pick<Task, 'status' | 'dueDate'>, today: string): boolean {
  return OPEN_TASK_STATUSES.includes(task.status) && task.dueDate !== undefined && task.dueDate < today;
}
