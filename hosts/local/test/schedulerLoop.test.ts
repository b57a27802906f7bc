import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalScheduleStore, type OneTimeSchedule } from '@casefile/adapters';
import { startSchedulerLoop, type ScheduleTarget } from '../src/schedulerLoop';

const at = (iso: string) => Date.parse(iso);
const reminder = (name: string, when: string, target = 'sendReminder'): OneTimeSchedule => ({
  name,
  group: 'reminders',
  at: when,
  timeZone: 'America/Toronto',
  target,
  payload: { name },
});

describe('scheduler loop', () => {
  let folder: string;
  let store: LocalScheduleStore;
  let now: number;
  let fired: unknown[];
  const lines: string[] = [];
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'scheduler-'));
    store = new LocalScheduleStore(join(folder, 'schedules.json'));
    now = at('2026-03-01T12:00:00Z');
    fired = [];
    lines.length = 0;
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  const loopWith = (targets: Record<string, ScheduleTarget>) =>
    startSchedulerLoop({ store, targets, intervalMs: 0, now: () => now, log: (line) => lines.push(line) });
  const recording: ScheduleTarget = async (payload) => {
    fired.push(payload);
  };

  it('fires due schedules once, in time order, and deletes them after completion', async () => {
    const loop = loopWith({ sendReminder: recording });
    await store.createSchedule(reminder('b', '2026-03-01T13:00:00.000Z'));
    await store.createSchedule(reminder('a', '2026-03-01T12:30:00.000Z'));
    await store.createSchedule(reminder('later', '2026-03-02T09:00:00.000Z'));

    await loop.tick();
    now = at('2026-03-01T13:00:00Z');
    await loop.tick();
    await loop.tick();

    expect(fired).toEqual([{ name: 'a' }, { name: 'b' }]);
    expect((await store.listSchedules()).map((schedule) => schedule.name)).toEqual(['later']);
    await loop.stop();
  });

  it('keeps a schedule that was replaced while its target ran', async () => {
    const loop = loopWith({
      sendReminder: async (payload) => {
        fired.push(payload);
        await store.upsertOneTimeSchedule(reminder('a', '2026-03-05T12:00:00.000Z'));
      },
    });
    await store.createSchedule(reminder('a', '2026-03-01T11:00:00.000Z'));

    await loop.tick();

    expect(await store.listSchedules()).toEqual([expect.objectContaining({ name: 'a', at: '2026-03-05T12:00:00.000Z' })]);
    await loop.stop();
  });

  it('retries a failing target on later ticks, then drops the schedule with a log line', async () => {
    let calls = 0;
    const loop = loopWith({
      sendReminder: async () => {
        calls += 1;
        throw new Error('SES is down');
      },
    });
    await store.createSchedule(reminder('a', '2026-03-01T11:00:00.000Z'));
    await store.createSchedule(reminder('orphan', '2026-03-01T11:00:00.000Z', 'noSuchTarget'));

    for (let tick = 0; tick < 4; tick += 1) await loop.tick();

    expect(calls).toBe(3);
    expect(await store.listSchedules()).toEqual([]);
    expect(lines).toEqual([expect.stringContaining('failed 3 times'), expect.stringContaining('failed 3 times')]);
    await loop.stop();
  });
});
