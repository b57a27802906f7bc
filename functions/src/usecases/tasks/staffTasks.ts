/** Tasks people make and work (SPEC K7): links checked, "mine" = assigned to me or my role, comments kept on the task. */
import { Temporal } from 'temporal-polyfill';
import { type CreateTask, isOverdue, MAX_TASK_COMMENTS, OPEN_TASK_STATUSES, TASK_STATUSES, type TaskQuery, type UpdateTask, ValidationError } from '@casefile/core';
import type { ClinicRepositories, StoredTask } from '@casefile/db';
import type { StaffContext } from '../context';
import { requireReference } from '../references';

async function checkLinks(repos: ClinicRepositories, input: Pick<CreateTask, 'clientId' | 'caseId' | 'appointmentId'> & { assignee?: CreateTask['assignee'] | undefined }): Promise<void> {
  await Promise.all([
    input.clientId ? requireReference(repos.clients.get(input.clientId), 'clientId', 'client') : undefined,
    input.caseId ? requireReference(repos.cases.get(input.caseId), 'caseId', 'case file') : undefined,
    input.appointmentId ? requireReference(repos.appointments.get(input.appointmentId), 'appointmentId', 'appointment') : undefined,
    input.assignee?.kind === 'member' ? requireReference(repos.members.get(input.assignee.memberId), 'assignee.memberId', 'member') : undefined,
  ]);
}

export async function createTask({ repos }: StaffContext, input: CreateTask): Promise<StoredTask> {
  await checkLinks(repos, input);
  return repos.tasks.create(input);
}

export async function updateTask({ repos }: StaffContext, taskId: string, patch: UpdateTask): Promise<StoredTask> {
  await repos.tasks.get(taskId);
  await checkLinks(repos, { assignee: patch.assignee });
  return repos.tasks.update(taskId, patch);
}

export async function commentOnTask({ repos, runtime, caller }: StaffContext, taskId: string, text: string): Promise<StoredTask> {
  const task = await repos.tasks.get(taskId);
  if (task.comments.length >= MAX_TASK_COMMENTS) throw new ValidationError(`A task keeps at most ${MAX_TASK_COMMENTS} comments.`, [{ path: 'text', message: 'Too many comments on this task.' }]);
  const comment = { commentId: runtime.newId(), authorId: caller.memberId, text, at: runtime.clock.now().toISOString() };
  return repos.tasks.update(taskId, { comments: [...task.comments, comment] });
}

export async function listTasks({ repos, caller }: StaffContext, query: TaskQuery): Promise<StoredTask[]> {
  const keys = query.assignee === 'me' ? [`member#${caller.memberId}`, `role#${caller.role}`] : /^[0-9A-HJKMNP-TV-Z]{26}$/.test(query.assignee) ? [`member#${query.assignee}`] : [`role#${query.assignee}`];
  const statuses = query.status === 'open' ? OPEN_TASK_STATUSES : query.status === 'closed' ? TASK_STATUSES.filter((status) => !OPEN_TASK_STATUSES.includes(status)) : TASK_STATUSES;
  const found = (await Promise.all(keys.map((key) => repos.tasks.forAssignee(key, statuses)))).flat();
  return found.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt));
}

/** The console header's count: my open tasks, and how many of them are overdue today in the clinic's zone. */
export async function myTaskCounts(context: StaffContext): Promise<{ open: number; overdue: number }> {
  const [open, clinic] = await Promise.all([listTasks(context, { assignee: 'me', status: 'open' }), context.repos.clinic.get()]);
  const today = Temporal.Now.instant().toZonedDateTimeISO(clinic.defaultTimeZone).toPlainDate().toString();
  return { open: open.length, overdue: open.filter((task) => isOverdue(task, today)).length };
}
