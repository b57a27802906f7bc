import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalScheduleStore, ScheduleConflictError, type OneTimeSchedule } from '../src';

const reminder = (overrides: Partial<OneTimeSchedule> = {}): OneTimeSchedule => ({
  name: 'reminder-01APPT',
  group: 'reminders',
  at: '2026-03-01T14:00:00.000Z',
  timeZone: 'America/Toronto',
  target: 'sendReminder',
  payload: { appointmentId: '01APPT' },
  ...overrides,
});

describe('local schedule store', () => {
  let folder: string;
  let store: LocalScheduleStore;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'schedules-'));
    store = new LocalScheduleStore(join(folder, 'schedules.json'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('refuses to create a name that exists in the group, like EventBridge', async () => {
    await store.createSchedule(reminder());

    await expect(store.createSchedule(reminder({ at: '2026-03-02T14:00:00.000Z' }))).rejects.toBeInstanceOf(ScheduleConflictError);
    await expect(store.createSchedule(reminder({ group: 'other' }))).resolves.toBeUndefined();
  });

  it('replaces every field on upsert and bumps the revision', async () => {
    await store.upsertOneTimeSchedule(reminder());

    await store.upsertOneTimeSchedule(reminder({ at: '2026-03-02T14:00:00.000Z', payload: { appointmentId: '01APPT', version: 2 } }));

    expect(await store.listSchedules()).toEqual([
      { ...reminder({ at: '2026-03-02T14:00:00.000Z', payload: { appointmentId: '01APPT', version: 2 } }), revision: 2, attempts: 0 },
    ]);
  });

  it('lists due schedules earliest first and deletes quietly when absent', async () => {
    await store.upsertOneTimeSchedule(reminder({ name: 'late', at: '2026-03-01T15:00:00.000Z' }));
    await store.upsertOneTimeSchedule(reminder({ name: 'early', at: '2026-03-01T13:00:00.000Z' }));
    await store.upsertOneTimeSchedule(reminder({ name: 'future', at: '2026-03-09T13:00:00.000Z' }));

    const due = await store.listDue(Date.parse('2026-03-01T16:00:00Z'));
    await store.deleteSchedule('missing', 'reminders');

    expect(due.map((schedule) => schedule.name)).toEqual(['early', 'late']);
    expect(await store.listSchedules()).toHaveLength(3);
  });
});
