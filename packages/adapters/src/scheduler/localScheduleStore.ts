/** The local stand-in for EventBridge Scheduler's storage: one-time schedules in a JSON file. */
import { readJsonFile, updateJsonFile } from '../localFiles/jsonFile';
import { DEFAULT_SCHEDULE_GROUP, ScheduleConflictError, type OneTimeSchedule, type SchedulerPort } from './schedulerPort';

export interface StoredSchedule extends OneTimeSchedule {
  /** Bumped on every change, so the loop deletes a fired schedule only if nobody replaced it meanwhile. */
  revision: number;
  /** Failed deliveries so far. */
  attempts: number;
}

type ScheduleFile = { schedules: StoredSchedule[] };

const EMPTY: ScheduleFile = { schedules: [] };

export class LocalScheduleStore implements SchedulerPort {
  constructor(readonly filePath: string) {}

  async createSchedule(schedule: OneTimeSchedule): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, ({ schedules }) => {
      if (schedules.some((existing) => isSame(existing, schedule.name, schedule.group))) {
        throw new ScheduleConflictError(schedule.name);
      }
      return { schedules: [...schedules, { ...schedule, revision: 1, attempts: 0 }] };
    });
  }

  async upsertOneTimeSchedule(schedule: OneTimeSchedule): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, ({ schedules }) => {
      const existing = schedules.find((stored) => isSame(stored, schedule.name, schedule.group));
      const others = schedules.filter((stored) => stored !== existing);
      return { schedules: [...others, { ...schedule, revision: (existing?.revision ?? 0) + 1, attempts: 0 }] };
    });
  }

  async deleteSchedule(name: string, group = DEFAULT_SCHEDULE_GROUP): Promise<void> {
    await this.deleteIf((stored) => isSame(stored, name, group));
  }

  /** Deletes the schedule only if it is still at `revision`. */
  async deleteRevision(schedule: Pick<StoredSchedule, 'name' | 'group' | 'revision'>): Promise<void> {
    await this.deleteIf((stored) => isSame(stored, schedule.name, schedule.group) && stored.revision === schedule.revision);
  }

  async recordFailedAttempt(schedule: Pick<StoredSchedule, 'name' | 'group' | 'revision'>): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, ({ schedules }) => ({
      schedules: schedules.map((stored) =>
        isSame(stored, schedule.name, schedule.group) && stored.revision === schedule.revision ? { ...stored, attempts: stored.attempts + 1 } : stored,
      ),
    }));
  }

  async listSchedules(): Promise<StoredSchedule[]> {
    return (await readJsonFile(this.filePath, EMPTY)).schedules;
  }

  /** Schedules whose instant has come, earliest first. */
  async listDue(nowMs: number): Promise<StoredSchedule[]> {
    return (await this.listSchedules()).filter((schedule) => Date.parse(schedule.at) <= nowMs).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  }

  private async deleteIf(matches: (stored: StoredSchedule) => boolean): Promise<void> {
    await updateJsonFile(this.filePath, EMPTY, ({ schedules }) => ({ schedules: schedules.filter((stored) => !matches(stored)) }));
  }
}

function isSame(stored: OneTimeSchedule, name: string, group: string): boolean {
  return stored.name === name && stored.group === group;
}
