/**
 * The local stand-in for EventBridge Scheduler: every tick, fires the due one-time schedules through
 * the target registry and deletes them after completion (ActionAfterCompletion: DELETE). A failing
 * target is retried with core's delivery retry policy (backoff for up to 24 h, as the AWS schedules'
 * RetryPolicy), then moved to the store's dead letters, never dropped: `npm run replay-failures`
 * puts them back.
 */
import type { LocalScheduleStore, StoredSchedule } from '@casefile/adapters';
import { DELIVERY_RETRY_POLICY, type DeliveryRetryPolicy, nextDeliveryAttempt } from '@casefile/core';

/** A scheduled function, by the name schedules give as `target`. */
export type ScheduleTarget = (payload: unknown, schedule: { name: string; group: string; at: string }) => Promise<void>;

export interface SchedulerLoopOptions {
  store: LocalScheduleStore;
  targets?: Partial<Record<string, ScheduleTarget>>;
  /** 1000 by default; 0 starts no timer (tests tick by hand). */
  intervalMs?: number;
  retryPolicy?: DeliveryRetryPolicy;
  now?: () => number;
  log?: (line: string) => void;
}

export interface SchedulerLoop {
  /** Fires what is due now; the loop calls it every interval, tests call it directly. */
  tick(): Promise<void>;
  stop(): Promise<void>;
}

export function startSchedulerLoop(options: SchedulerLoopOptions): SchedulerLoop {
  const { store } = options;
  const targets = options.targets ?? {};
  const retryPolicy = options.retryPolicy ?? DELIVERY_RETRY_POLICY;
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.log(`[scheduler] ${line}`));
  let running: Promise<void> = Promise.resolve();

  async function fire(schedule: StoredSchedule): Promise<void> {
    const target = targets[schedule.target];
    try {
      if (!target) throw Object.assign(new Error(`No local target ${schedule.target}.`), { name: 'UnknownTargetError' });
      await target(schedule.payload, { name: schedule.name, group: schedule.group, at: schedule.at });
      await store.deleteRevision(schedule);
    } catch (error) {
      const reason = error instanceof Error ? error.name : typeof error;
      const decision = nextDeliveryAttempt(schedule.attempts + 1, Date.parse(schedule.at), now(), retryPolicy);
      if ('giveUp' in decision) {
        log(`${schedule.group}/${schedule.name} → ${schedule.target} failed ${schedule.attempts + 1} times (${reason}); kept in the dead letters (npm run replay-failures)`);
        await store.deadLetter(schedule, reason, new Date(now()).toISOString());
      } else {
        await store.recordFailedAttempt(schedule, new Date(decision.retryAt).toISOString());
      }
    }
  }

  // Ticks never overlap: a slow target delays the next tick instead of firing a schedule twice.
  function tick(): Promise<void> {
    running = running.catch(() => undefined).then(async () => {
      for (const schedule of await store.listDue(now())) await fire(schedule);
    });
    return running;
  }

  const timer = options.intervalMs === 0 ? undefined : setInterval(() => void tick().catch((error: unknown) => log(`tick failed (${(error as Error).name})`)), options.intervalMs ?? 1000);
  return {
    tick,
    async stop() {
      clearInterval(timer);
      await running.catch(() => undefined);
    },
  };
}
