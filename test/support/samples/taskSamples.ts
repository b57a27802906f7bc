/** Sample requests for the task and case-message routes (K7), merged into sampleRequests.ts. */
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_TASK_IDS = { taskId: '' };

export const TASK_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/tasks/{id}': 'taskId',
  '/api/tasks/{id}/comments': 'taskId',
  '/api/cases/{id}/messages': 'caseId',
};

export const TASK_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  createTask: (ids) => ({ title: 'Call the client back', caseId: ids.caseId, assignee: { kind: 'role', role: 'front_desk' }, dueDate: '2031-01-15', priority: 'high' }),
  updateTask: () => ({ status: 'in_progress' }),
  commentOnTask: () => ({ text: 'Left a voicemail.' }),
  postCaseMessage: (ids) => ({ text: 'Please check the referral letter.', mentions: [ids.memberId] }),
};

export const TASK_SAMPLE_QUERIES: Readonly<Record<string, (ids: FixtureIds) => string>> = {
  listTasks: () => '?assignee=me&status=open',
};

async function freshTask(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const created = await owner.post<{ taskId: string }>('/api/tasks', TASK_SAMPLE_BODIES.createTask!(fixture.ids));
  if (created.status !== 201) throw new Error(`Could not create a sample task: ${created.status} ${created.text}`);
  return { taskId: created.body.taskId };
}

export const TASK_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  updateTask: (fixture) => freshTask(fixture),
  commentOnTask: (fixture) => freshTask(fixture),
};
