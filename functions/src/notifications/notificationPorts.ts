/**
 * The ports notifications need, chosen by the environment alone: a local schedule file or EventBridge
 * Scheduler, and SES v2 (pointed at the local endpoint when SES_ENDPOINT is set).
 */
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { EventBridgeScheduler, LocalScheduleStore, type Mailer, type SchedulerPort, SesMailer } from '@casefile/adapters';

export interface NotificationPorts {
  scheduler: SchedulerPort;
  scheduleGroup: string;
  mailer: Mailer;
  /** The verified sender; replies go to the clinic's contact address. */
  mailFrom: string;
}

/** The name schedules give the delivery function as their target. */
export const SEND_NOTIFICATION_TARGET = 'sendNotification';

export function notificationPortsFromEnv(env: NodeJS.ProcessEnv = process.env): NotificationPorts {
  return {
    scheduler: schedulerFromEnv(env),
    scheduleGroup: env.SCHEDULE_GROUP_NAME ?? 'casefile',
    mailer: new SesMailer({ client: new SESv2Client(env.SES_ENDPOINT ? { endpoint: env.SES_ENDPOINT } : {}), configurationSet: env.SES_CONFIGURATION_SET }),
    mailFrom: env.MAIL_FROM ?? 'notifications@casefile.local',
  };
}

function schedulerFromEnv(env: NodeJS.ProcessEnv): SchedulerPort {
  if (env.LOCAL_SCHEDULES_FILE) return new LocalScheduleStore(env.LOCAL_SCHEDULES_FILE);
  if (env.SCHEDULER_ROLE_ARN && env.NOTIFICATION_TARGET_ARN) {
    return new EventBridgeScheduler({
      roleArn: env.SCHEDULER_ROLE_ARN,
      targets: { [SEND_NOTIFICATION_TARGET]: env.NOTIFICATION_TARGET_ARN },
      ...(env.SCHEDULE_DEAD_LETTER_QUEUE_ARN ? { deadLetterQueueArn: env.SCHEDULE_DEAD_LETTER_QUEUE_ARN } : {}),
    });
  }
  const unconfigured = async (): Promise<void> => {
    throw new Error('No scheduler configured (LOCAL_SCHEDULES_FILE, or SCHEDULER_ROLE_ARN and NOTIFICATION_TARGET_ARN).');
  };
  return { upsertOneTimeSchedule: unconfigured, deleteSchedule: unconfigured };
}
