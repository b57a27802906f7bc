/**
 * Recalls (issue 18 item 2): the function each recall's one-time schedules invoke (it comes due; its
 * message went unanswered), and what the recalls consumer needs to schedule them. Both send the
 * recall message by mail or text and manage the schedules.
 */
import { Arn, ArnFormat, type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';
import { taskEntry } from '../paths';
import { CasefileFunction } from './casefileFunction';
import type { Notifications } from './notifications';
import type { ReminderScheduler } from './scheduler';

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
    const deadLetters = new Queue(this, 'DeadLetters', { encryption: QueueEncryption.KMS, encryptionMasterKey: props.opsKey, enforceSSL: true, retentionPeriod: Duration.days(14) });
    acknowledge(deadLetters, { id: 'AwsSolutions-SQS3', reason: "This queue is itself the recall function's dead-letter queue for asynchronous invocations, so it needs no DLQ of its own." });
    this.fireRecall = new CasefileFunction(this, 'FireRecall', {
      entry: taskEntry('scheduled', 'fireRecall'),
      description: 'Sends the recall message when a recall comes due with nothing booked, and raises a task when it goes unanswered.',
      serviceName: 'casefile-fire-recall',
      table: props.table,
      tableAccess: 'readWrite',
      logKey: props.opsKey,
      timeout: Duration.seconds(30),
      deadLetterQueue: deadLetters,
    });
    // Lambda's DLQ wiring grants sqs:SendMessage only; the queue is KMS-encrypted (aws/aws-cdk#33153).
    deadLetters.grantSendMessages(this.fireRecall.function);
    new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: 'Recall steps failed after their retries and wait in their dead-letter queue.',
      metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(props.alarmTopic));
    // The function schedules a recall's no-response step itself: a fixed name lets its ARN be written without a self-reference.
    const functionName = `${Stack.of(this).stackName}-fire-recall`.slice(0, 64);
    (this.fireRecall.function.node.defaultChild as CfnFunction).functionName = functionName;
    const fireRecallArn = Arn.format({ service: 'lambda', resource: 'function', resourceName: functionName, arnFormat: ArnFormat.COLON_RESOURCE_NAME }, Stack.of(this));
    props.scheduler.allowTarget(this.fireRecall.function);
    acknowledge(props.scheduler.role, {
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.fireRecall.function.node.defaultChild as CfnElement)}.Arn>:*]`,
      reason: "lambda:InvokeFunction on the recall function and its versions (CDK's grantInvoke); no other function is named.",
    });
    for (const fn of [props.consumer, this.fireRecall]) {
      props.notifications.grantPlanning(fn);
      fn.function.addEnvironment('RECALL_TARGET_ARN', fireRecallArn);
    }
  }
}
