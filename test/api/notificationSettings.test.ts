import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type Problem = { type: string; errors: { path: string; message: string }[] };

describe('notification settings, overrides and templates over the API', () => {
  let world: World;
  let owner: ApiClient;

  beforeAll(async () => {
    world = await startWorld();
    owner = await world.clinicA.api('owner');
  });
  afterAll(() => world?.stop());

  it('starts with every notice off, no reminders and notify-by-default on', async () => {
    const response = await owner.get<{ settings: Record<string, unknown>; reminderRevision: number; replan: null }>('/api/notification-settings');
    expect(response.body).toMatchObject({
      settings: { notices: { newBooking: { client: false, provider: false } }, notifyByDefault: true, newBookingOffsetMinutes: 2, reminders: [] },
      reminderRevision: 0,
      replan: null,
    });
  });

  it.each([
    ['six reminders', { reminders: [60, 120, 180, 240, 300, 360].map((leadMinutes) => ({ leadMinutes })) }, 'body.reminders'],
    ['a reminder listed twice', { reminders: [{ leadMinutes: 60 }, { leadMinutes: 60 }] }, 'body.reminders.1.leadMinutes'],
    ['an offset over five minutes', { newBookingOffsetMinutes: 6 }, 'body.newBookingOffsetMinutes'],
    ['an unknown notice', { notices: { reminder: { client: true } } }, 'body.notices.reminder'],
  ])('refuses %s with the field path', async (_name, body, path) => {
    const response = await owner.request<Problem>('PUT', '/api/notification-settings', body);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(response.body.errors.map((error) => error.path)).toContain(path);
  });

  it("lays a calendar's override over the clinic's settings", async () => {
    await owner.request('PUT', '/api/notification-settings', { notices: { cancellation: { client: true, provider: true } }, newBookingOffsetMinutes: 4 });
    const put = await owner.request<{ effective: { notices: { cancellation: unknown }; newBookingOffsetMinutes: number; notifyByDefault: boolean } }>(
      'PUT',
      `/api/calendars/${world.clinicA.ids.calendarId}/notification-settings`,
      { notices: { cancellation: { provider: false } }, notifyByDefault: false },
    );
    expect(put.status).toBe(200);
    expect(put.body.effective).toMatchObject({ notices: { cancellation: { client: true, provider: false } }, newBookingOffsetMinutes: 4, notifyByDefault: false });
  });

  it('keeps templates to the offered variables and lists the defaults beside the custom ones', async () => {
    const refused = await owner.request<Problem>('PUT', '/api/notification-templates', { kind: 'reminder', subject: 'Your {{sessionName}}', html: '<p>{{date}}</p>', text: '{{date}}' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([{ path: 'body.subject', message: 'Unknown variable {{sessionName}}.' }]);

    expect((await owner.request('PUT', '/api/notification-templates', { kind: 'reminder', subject: 'See you {{date}}', html: '<p>{{time}}</p>', text: '{{time}}' })).status).toBe(200);
    const list = await owner.get<{ items: { kind: string; custom: boolean; subject: string }[] }>('/api/notification-templates');
    expect(list.body.items.map((item) => [item.kind, item.custom])).toEqual([
      ['newBooking', false],
      ['reschedule', false],
      ['cancellation', false],
      ['noShow', false],
      ['reminder', true],
    ]);
  });
});
