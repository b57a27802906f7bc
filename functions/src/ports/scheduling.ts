/** One-time schedules for reminders and delayed notices: a local schedule file or EventBridge Scheduler. */
import { EventBridgeScheduler } from '@casefile/adapters/scheduler/eventBridgeScheduler';
import { LocalScheduleStore } from '@casefile/adapters/scheduler/localScheduleStore';
import type { SchedulerPort } from '@casefile/adapters/scheduler/schedulerPort';
import { lazyPort } from './lazyPort';

export interface Scheduling {
  scheduler: SchedulerPort;
  scheduleGroup: string;
}

/** The name schedules give the delivery function as their target. */
export const SEND_NOTIFICATION_TARGET = 'sendNotification';
/** The name schedules give the waitlist offer-expiry function as their target. */
export const EXPIRE_WAITLIST_OFFER_TARGET = 'expireWaitlistOffer';
/** The name schedules give the recall function (a recall comes due, or went unanswered) as their target. */
export const RECALL_TARGET = 'fireRecall';

export function schedulingFromEnv(env: NodeJS.ProcessEnv = process.env): Scheduling {
  return { scheduler: schedulerFromEnv(env), scheduleGroup: env.SCHEDULE_GROUP_NAME ?? 'casefile' };
}

export const scheduling = lazyPort(() => schedulingFromEnv());

function schedulerFromEnv(env: NodeJS.ProcessEnv): SchedulerPort {
  if (env.LOCAL_SCHEDULES_FILE) return new LocalScheduleStore(env.LOCAL_SCHEDULES_FILE);
  if (env.SCHEDULER_ROLE_ARN && env.NOTIFICATION_TARGET_ARN) {
    return new EventBridgeScheduler({
      roleArn: env.SCHEDULER_ROLE_ARN,
      targets: {
        [SEND_NOTIFICATION_TARGET]: env.NOTIFICATION_TARGET_ARN,
        ...(env.WAITLIST_OFFER_TARGET_ARN ? { [EXPIRE_WAITLIST_OFFER_TARGET]: env.WAITLIST_OFFER_TARGET_ARN } : {}),
        ...(env.RECALL_TARGET_ARN ? { [RECALL_TARGET]: env.RECALL_TARGET_ARN } : {}),
      },
      ...(env.SCHEDULE_DEAD_LETTER_QUEUE_ARN ? { deadLetterQueueArn: env.SCHEDULE_DEAD_LETTER_QUEUE_ARN } : {}),
    });
  }
  const unconfigured = async (): Promise<void> => {
    throw new Error('No scheduler configured (LOCAL_SCHEDULES_FILE, or SCHEDULER_ROLE_ARN and NOTIFICATION_TARGET_ARN).');
  };
  return { upsertOneTimeSchedule: unconfigured, deleteSchedule: unconfigured };
}
