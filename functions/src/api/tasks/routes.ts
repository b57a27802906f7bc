/** The tasks and case-message routes (SPEC K7), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  caseMessageListSchema,
  caseMessageSchema,
  createCaseMessageSchema,
  createTaskCommentSchema,
  createTaskSchema,
  idParamsSchema,
  taskCountsSchema,
  taskListSchema,
  taskQuerySchema,
  taskSchema,
  updateTaskSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const tasksRoutes = defineRoutes('tasks', {
  listTasks: { method: 'GET', path: '/api/tasks', auth: 'staff', action: 'tasks:work', summary: "Tasks of one assignee ('me': mine and my role's), open by default, soonest due first.", query: taskQuerySchema, response: taskListSchema },
  countMyTasks: { method: 'GET', path: '/api/tasks/counts', auth: 'staff', action: 'tasks:work', summary: 'How many tasks are open for me and my role, and how many of them are overdue (the console header).', response: taskCountsSchema },
  createTask: { method: 'POST', path: '/api/tasks', auth: 'staff', action: 'tasks:work', summary: 'A task for a member or a role, optionally about a client, case or appointment.', body: createTaskSchema, response: taskSchema, status: 201 },
  updateTask: { method: 'PATCH', path: '/api/tasks/{id}', auth: 'staff', action: 'tasks:work', summary: 'Change, reassign, start, finish or cancel a task.', params: idParamsSchema, body: updateTaskSchema, response: taskSchema },
  commentOnTask: { method: 'POST', path: '/api/tasks/{id}/comments', auth: 'staff', action: 'tasks:work', summary: 'Add a comment to a task.', params: idParamsSchema, body: createTaskCommentSchema, response: taskSchema, status: 201 },
  listCaseMessages: { method: 'GET', path: '/api/cases/{id}/messages', auth: 'staff', action: 'cases:read', summary: "The case's internal message thread, oldest first (staff only).", params: idParamsSchema, response: caseMessageListSchema },
  postCaseMessage: { method: 'POST', path: '/api/cases/{id}/messages', auth: 'staff', action: 'cases:read', summary: 'Post an internal message on a case; each @mentioned member gets a task.', params: idParamsSchema, body: createCaseMessageSchema, response: caseMessageSchema, status: 201 },
});
