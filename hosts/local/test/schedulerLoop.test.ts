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

  it('retries a failing target with backoff, and delivers once it recovers', async () => {
    let failuresLeft = 3;
    const loop = loopWith({
      sendReminder: async (payload) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('SES is down');
        }
        fired.push(payload);
      },
    });
    await store.createSchedule(reminder('a', '2026-03-01T11:00:00.000Z'));

    await loop.tick();
    await loop.tick(); // within the 30 s backoff: not fired again
    expect(failuresLeft).toBe(2);
    for (const seconds of [30, 60, 120]) {
      now += seconds * 1000;
      await loop.tick();
    }

    expect(fired).toEqual([{ name: 'a' }]);
    expect(await store.listSchedules()).toEqual([]);
    expect(lines).toEqual([]);
    await loop.stop();
  });

  it('keeps what never recovers in the dead letters after 24 h, and replays it', async () => {
    let calls = 0;
    const loop = loopWith({
      sendReminder: async () => {
        calls += 1;
        throw new Error('SES is down');
      },
    });
    await store.createSchedule(reminder('a', '2026-03-01T11:00:00.000Z'));
    await store.createSchedule(reminder('orphan', '2026-03-01T11:00:00.000Z', 'noSuchTarget'));

    const giveUp = at('2026-03-02T12:00:00Z');
    while (now < giveUp && (await store.listSchedules()).length > 0) {
      await loop.tick();
      now += 10 * 60_000;
    }

    expect(calls).toBeGreaterThan(20);
    expect(await store.listSchedules()).toEqual([]);
    expect((await store.listDeadLetters()).map((letter) => [letter.name, letter.reason])).toEqual(
      expect.arrayContaining([
        ['a', 'Error'],
        ['orphan', 'UnknownTargetError'],
      ]),
    );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/kept in the dead letters/);

    expect(await store.replayDeadLetters(new Date(now).toISOString())).toBe(2);
    expect(await store.listDeadLetters()).toEqual([]);
    expect((await store.listSchedules()).map((schedule) => [schedule.name, schedule.attempts])).toEqual(
      expect.arrayContaining([
        ['a', 0],
        ['orphan', 0],
      ]),
    );
    await loop.stop();
  });
});
