/**
 * Recalls (issue 18 item 2): the function each recall's one-time schedules invoke (it comes due; its
 * message went unanswered), and what the recalls consumer needs to schedule them. Both send the
 * recall message by mail or text and manage the schedules.
 */
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { taskEntry } from '../paths';
import type { CasefileFunction } from './casefileFunction';
import type { Notifications } from './notifications';
import type { ReminderScheduler } from './scheduler';
import { scheduleTargetFunction } from './scheduleTarget';

export interface RecallsProps {
  table: ITable;
  opsKey: IKey;
  alarmTopic: ITopic;
  scheduler: ReminderScheduler;
  notifications: Notifications;
  /** The recalls stream consumer: it schedules each recall's due time. */
  consumer: CasefileFunction;
}

export class Recalls extends Construct {
  readonly fireRecall: CasefileFunction;

  constructor(scope: Construct, id: string, props: RecallsProps) {
    super(scope, id);
    const { fn: fireRecall, liveArn: fireRecallArn } = scheduleTargetFunction(this, 'FireRecall', {
      ...props,
      entry: taskEntry('scheduled', 'fireRecall'),
      description: 'Sends the recall message when a recall comes due with nothing booked, and raises a task when it goes unanswered.',
      serviceName: 'casefile-fire-recall',
      nameSuffix: 'fire-recall',
      failingSteps: 'Recall steps',
      label: 'recall function',
    });
    this.fireRecall = fireRecall;
    for (const fn of [props.consumer, this.fireRecall]) {
      props.notifications.grantPlanning(fn);
      fn.function.addEnvironment('RECALL_TARGET_ARN', fireRecallArn);
    }
  }
}
