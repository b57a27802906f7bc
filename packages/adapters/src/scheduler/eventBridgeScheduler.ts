/**
 * The scheduler port on EventBridge Scheduler: one-time `at(...)` schedules in the location's zone
 * (UTC for a wall-clock time a fall-back change makes ambiguous), no flexible window, deleted after
 * they fire. Creating a name that exists throws ConflictException and UpdateSchedule replaces every
 * field, so an upsert creates first and on conflict sends the complete schedule again as an update.
 */
import {
  ConflictException,
  CreateScheduleCommand,
  type CreateScheduleCommandInput,
  DeleteScheduleCommand,
  ResourceNotFoundException,
  SchedulerClient,
  UpdateScheduleCommand,
} from '@aws-sdk/client-scheduler';
import { atExpression, DELIVERY_RETRY_POLICY } from '@casefile/core';
import type { OneTimeSchedule, SchedulerPort } from './schedulerPort';

export interface EventBridgeSchedulerOptions {
  client?: SchedulerClient;
  /** The role schedules invoke their targets with. */
  roleArn: string;
  /** Function ARNs by target name (`sendNotification`). */
  targets: Readonly<Record<string, string>>;
  /**
   * Where Scheduler sends an event it could not deliver within core's retry policy (24 h), instead
   * of dropping it: the SQS dead-letter queue `npm run replay-failures` documents replaying.
   */
  deadLetterQueueArn?: string;
}

export class EventBridgeScheduler implements SchedulerPort {
  private readonly client: SchedulerClient;

  constructor(private readonly options: EventBridgeSchedulerOptions) {
    this.client = options.client ?? new SchedulerClient({});
  }

  async upsertOneTimeSchedule(schedule: OneTimeSchedule): Promise<void> {
    const input = this.inputOf(schedule);
    try {
      await this.client.send(new CreateScheduleCommand(input));
    } catch (error) {
      if (!isError(error, ConflictException)) throw error;
      await this.client.send(new UpdateScheduleCommand(input));
    }
  }

  async deleteSchedule(name: string, group?: string): Promise<void> {
    try {
      await this.client.send(new DeleteScheduleCommand({ Name: name, ...(group ? { GroupName: group } : {}) }));
    } catch (error) {
      // Fired (and deleted itself) or never created: either way it is gone.
      if (!isError(error, ResourceNotFoundException)) throw error;
    }
  }

  private inputOf(schedule: OneTimeSchedule): CreateScheduleCommandInput {
    const arn = this.options.targets[schedule.target];
    if (!arn) throw new Error(`No function ARN for schedule target ${schedule.target}.`);
    const { expression, timeZone } = atExpression(schedule.at, schedule.timeZone);
    return {
      Name: schedule.name,
      GroupName: schedule.group,
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      ActionAfterCompletion: 'DELETE',
      State: 'ENABLED',
      Target: {
        Arn: arn,
        RoleArn: this.options.roleArn,
        Input: JSON.stringify(schedule.payload),
        RetryPolicy: {
          MaximumRetryAttempts: DELIVERY_RETRY_POLICY.maximumRetryAttempts,
          MaximumEventAgeInSeconds: DELIVERY_RETRY_POLICY.maximumEventAgeSeconds,
        },
        ...(this.options.deadLetterQueueArn ? { DeadLetterConfig: { Arn: this.options.deadLetterQueueArn } } : {}),
      },
    };
  }
}

function isError(error: unknown, type: new (...args: never[]) => Error): boolean {
  return error instanceof type || (error as { name?: string } | undefined)?.name === type.name;
}
