/**
 * The scheduler port: one-time schedules that invoke a function at an instant (EventBridge Scheduler
 * in AWS, a JSON file and a loop locally). Schedules delete themselves after they fire.
 */
export const DEFAULT_SCHEDULE_GROUP = 'default';

export interface OneTimeSchedule {
  /** Deterministic, so rescheduling or canceling finds the same schedule. */
  name: string;
  group: string;
  /** When to fire, a UTC ISO-8601 instant. */
  at: string;
  /** The IANA zone the schedule is expressed in (EventBridge shows and evaluates `at` in it). */
  timeZone: string;
  /** The function to invoke, e.g. `sendReminder`. */
  target: string;
  payload: unknown;
}

export interface SchedulerPort {
  /** Creates the schedule, or replaces every field of the one with this name. */
  upsertOneTimeSchedule(schedule: OneTimeSchedule): Promise<void>;
  /** Deletes the schedule; resolves as well when there is none (it may have fired already). */
  deleteSchedule(name: string, group?: string): Promise<void>;
}

/** Creating a schedule whose name exists in its group, like EventBridge's ConflictException. */
export class ScheduleConflictError extends Error {
  override name = 'ScheduleConflictError';
  constructor(scheduleName: string, options?: { cause?: unknown }) {
    super(`Schedule ${scheduleName} already exists.`, options);
  }
}
