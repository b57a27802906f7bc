/** Tasks and internal case messages (SPEC K7) over the API on DynamoDB Local. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClinicRepositories } from '@casefile/db';
import { runtime } from '../../functions/src/runtime';
import { raiseAuthorizationLowTask, raiseFailedNoticeTask, raiseOnlineReviewTask } from '../../functions/src/usecases/tasks/systemTasks';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

interface TaskBody {
  taskId: string;
  status: string;
  source: string;
  comments: { text: string }[];
}

describe('tasks and case messages (K7)', () => {
  let world: World;
  let desk: ApiClient;
  let provider: ApiClient;
  let billing: ApiClient;

  beforeAll(async () => {
    world = await startWorld();
    desk = await world.clinicA.api('front_desk');
    provider = await world.clinicA.api('provider');
    billing = await world.clinicA.api('billing');
  }, 400_000);
  afterAll(() => world?.stop());

  const counts = async (api: ApiClient) => (await api.get<{ open: number; overdue: number }>('/api/tasks/counts')).body;

  it('shows a role’s task in each member’s “my tasks” and header counts until it is done', async () => {
    const before = await counts(desk);
    const created = await billing.post<TaskBody>('/api/tasks', { title: 'Call back about the invoice', caseId: world.clinicA.ids.caseId, assignee: { kind: 'role', role: 'front_desk' }, dueDate: '2020-01-01' });
    expect(created.status).toBe(201);
    expect(await counts(desk)).toEqual({ open: before.open + 1, overdue: before.overdue + 1 });
    expect((await desk.get<{ items: TaskBody[] }>('/api/tasks')).body.items.map((task) => task.taskId)).toContain(created.body.taskId);
    expect((await provider.get<{ items: TaskBody[] }>('/api/tasks')).body.items.map((task) => task.taskId)).not.toContain(created.body.taskId);

    const commented = await desk.post<TaskBody>(`/api/tasks/${created.body.taskId}/comments`, { text: 'Left a voicemail.' });
    expect(commented.body.comments.map((comment) => comment.text)).toEqual(['Left a voicemail.']);
    expect((await desk.request('PATCH', `/api/tasks/${created.body.taskId}`, { status: 'done' })).status).toBe(200);
    expect(await counts(desk)).toEqual(before);
    expect((await desk.get<{ items: TaskBody[] }>('/api/tasks?status=closed')).body.items.map((task) => task.taskId)).toContain(created.body.taskId);
  });

  it('refuses links to what does not exist, at the field', async () => {
    const response = await desk.post<{ errors: { path: string }[] }>('/api/tasks', { title: 'x', caseId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', assignee: { kind: 'role', role: 'manager' } });
    expect(response.status).toBe(400);
    expect(response.body.errors.map((error) => error.path)).toEqual(['body.caseId']);
  });

  it('keeps a case’s messages in order and gives each @mentioned member a task', async () => {
    const providerId = world.clinicA.users.provider!.memberId;
    const before = await counts(provider);
    const caseId = world.clinicA.ids.caseId;
    expect((await desk.post(`/api/cases/${caseId}/messages`, { text: 'First note for the team.' })).status).toBe(201);
    expect((await desk.post(`/api/cases/${caseId}/messages`, { text: '@provider please review the referral.', mentions: [providerId, providerId] })).status).toBe(201);
    const thread = await provider.get<{ items: { text: string; mentions: string[] }[] }>(`/api/cases/${caseId}/messages`);
    expect(thread.body.items.slice(-2).map((message) => message.text)).toEqual(['First note for the team.', '@provider please review the referral.']);
    expect(thread.body.items.at(-1)!.mentions).toEqual([providerId]);
    expect((await counts(provider)).open).toBe(before.open + 1);
  });

  it('creates each system task once per cause, for the role that must act', async () => {
    const repos = createClinicRepositories({ service: runtime().service, clinicId: world.clinicA.clinicId, actor: 'test', now: () => new Date(), newId: runtime().newId });
    const { caseId, clientId } = world.clinicA.ids;
    const appointmentId = '01JZ0000000000000000000001';
    expect(await raiseFailedNoticeTask(repos, { appointmentId, clientId, key: 'reminder#client#1440' })).toBe(true);
    expect(await raiseFailedNoticeTask(repos, { appointmentId, clientId, key: 'reminder#client#1440' })).toBe(false);
    expect(await raiseAuthorizationLowTask(repos, { caseId, clientId, key: 'auth#1#2', caseLabel: 'C-1' })).toBe(true);
    expect(await raiseAuthorizationLowTask(repos, { caseId, clientId, key: 'auth#1#2', caseLabel: 'C-1' })).toBe(false);
    expect(await raiseOnlineReviewTask(repos, { appointmentId, clientId, caseId })).toBe(true);
    const sources = (api: ApiClient) => api.get<{ items: TaskBody[] }>('/api/tasks').then((response) => response.body.items.map((task) => task.source));
    expect((await sources(desk)).filter((source) => source === 'notice_failed' || source === 'online_review').sort()).toEqual(['notice_failed', 'online_review']);
    expect((await sources(billing)).filter((source) => source === 'authorization_low')).toEqual(['authorization_low']);
  });
});
