/** The local stand-in for EventBridge Scheduler's storage: one-time schedules in a JSON file. */
import { readJsonFile, updateJsonFile } from '../localFiles/jsonFile';
import { DEFAULT_SCHEDULE_GROUP, ScheduleConflictError, type OneTimeSchedule, type SchedulerPort } from './schedulerPort';

export interface StoredSchedule extends OneTimeSchedule {
  /** Bumped on every change, so the loop deletes a fired schedule only if nobody replaced it meanwhile. */
  revision: number;
  /** Failed deliveries so far. */
  attempts: number;
  /** After a failure: not fired again before this instant (the retry policy's backoff). */
  retryAt?: string;
}

/** A schedule the loop gave up on, kept (like EventBridge Scheduler's dead-letter queue) until replayed. */
export interface DeadLetter extends StoredSchedule {
  reason: string;
  deadLetteredAt: string;
}

type ScheduleFile = { schedules: StoredSchedule[]; deadLetters?: DeadLetter[] };

const EMPTY: ScheduleFile = { schedules: [] };

export class LocalScheduleStore implements SchedulerPort {
  constructor(readonly filePath: string) {}

  async createSchedule(schedule: OneTimeSchedule): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, (file) => {
      if (file.schedules.some((existing) => isSame(existing, schedule.name, schedule.group))) {
        throw new ScheduleConflictError(schedule.name);
      }
      return { ...file, schedules: [...file.schedules, { ...schedule, revision: 1, attempts: 0 }] };
    });
  }

  async upsertOneTimeSchedule(schedule: OneTimeSchedule): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, (file) => {
      const existing = file.schedules.find((stored) => isSame(stored, schedule.name, schedule.group));
      const others = file.schedules.filter((stored) => stored !== existing);
      return { ...file, schedules: [...others, { ...schedule, revision: (existing?.revision ?? 0) + 1, attempts: 0 }] };
    });
  }

  async deleteSchedule(name: string, group = DEFAULT_SCHEDULE_GROUP): Promise<void> {
    await this.deleteIf((stored) => isSame(stored, name, group));
  }

  /** Deletes the schedule only if it is still at `revision`. */
  async deleteRevision(schedule: Pick<StoredSchedule, 'name' | 'group' | 'revision'>): Promise<void> {
    await this.deleteIf((stored) => isSame(stored, schedule.name, schedule.group) && stored.revision === schedule.revision);
  }

  async recordFailedAttempt(schedule: Pick<StoredSchedule, 'name' | 'group' | 'revision'>, retryAt?: string): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, (file) => ({
      ...file,
      schedules: file.schedules.map((stored) =>
        isSame(stored, schedule.name, schedule.group) && stored.revision === schedule.revision
          ? { ...stored, attempts: stored.attempts + 1, ...(retryAt ? { retryAt } : {}) }
          : stored,
      ),
    }));
  }

  /** Moves the schedule (if still at its revision) to the dead letters, with why. */
  async deadLetter(schedule: Pick<StoredSchedule, 'name' | 'group' | 'revision'>, reason: string, at: string): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, (file) => {
      const stored = file.schedules.find((candidate) => isSame(candidate, schedule.name, schedule.group) && candidate.revision === schedule.revision);
      if (!stored) return file;
      return {
        schedules: file.schedules.filter((candidate) => candidate !== stored),
        deadLetters: [...(file.deadLetters ?? []), { ...stored, attempts: stored.attempts + 1, reason, deadLetteredAt: at }],
      };
    });
  }

  async listDeadLetters(): Promise<DeadLetter[]> {
    return (await readJsonFile(this.filePath, EMPTY)).deadLetters ?? [];
  }

  /**
   * Puts every dead letter back as a schedule due at `at`, with a fresh retry budget, unless a newer
   * schedule of the same name exists (the appointment was re-planned: that one wins). Returns how many.
   */
  async replayDeadLetters(at: string): Promise<number> {
    let replayed = 0;
    await updateJsonFile(this.filePath, EMPTY, (file) => {
      const schedules = [...file.schedules];
      for (const { reason: _reason, deadLetteredAt: _when, retryAt: _retry, ...letter } of file.deadLetters ?? []) {
        if (schedules.some((stored) => isSame(stored, letter.name, letter.group))) continue;
        schedules.push({ ...letter, at, attempts: 0, revision: letter.revision + 1 });
        replayed += 1;
      }
      return { schedules, deadLetters: [] };
    });
    return replayed;
  }

  async listSchedules(): Promise<StoredSchedule[]> {
    return (await readJsonFile(this.filePath, EMPTY)).schedules;
  }

  /** Schedules whose instant has come, earliest first. */
  async listDue(nowMs: number): Promise<StoredSchedule[]> {
    const dueAt = (schedule: StoredSchedule) => Date.parse(schedule.retryAt ?? schedule.at);
    return (await this.listSchedules()).filter((schedule) => dueAt(schedule) <= nowMs).sort((a, b) => dueAt(a) - dueAt(b));
  }

  private async deleteIf(matches: (stored: StoredSchedule) => boolean): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, (file) => ({ ...file, schedules: file.schedules.filter((stored) => !matches(stored)) }));
  }
}

function isSame(stored: OneTimeSchedule, name: string, group: string): boolean {
  return stored.name === name && stored.group === group;
}
