/**
 * A function that one-time schedules invoke (a waitlist offer's expiry, a recall coming due): its own
 * KMS-encrypted dead-letter queue with an alarm, and a fixed name so that it (and the functions that
 * schedule it) can be told the ARN of its live alias without the function referring to itself.
 */
import { Arn, ArnFormat, type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { acknowledge } from '../nag';
import { CasefileFunction, LIVE_ALIAS } from './casefileFunction';
import type { ReminderScheduler } from './scheduler';

export interface ScheduleTargetProps {
  table: ITable;
  opsKey: IKey;
  alarmTopic: ITopic;
  scheduler: ReminderScheduler;
  entry: string;
  description: string;
  serviceName: string;
  /** The fixed function name, after the stack name. */
  nameSuffix: string;
  /** What fails into the dead-letter queue, for the alarm ("Recall steps", "Waitlist offer expiries"). */
  failingSteps: string;
  /** What the function is, for the reviewed findings ("recall function"). */
  label: string;
}

/** Creates the function (as `id`) and its `DeadLetters` queue and alarm in `scope`; answers the function and its live alias's ARN. */
export function scheduleTargetFunction(scope: Construct, id: string, props: ScheduleTargetProps): { fn: CasefileFunction; liveArn: string } {
  const deadLetters = new Queue(scope, 'DeadLetters', { encryption: QueueEncryption.KMS, encryptionMasterKey: props.opsKey, enforceSSL: true, retentionPeriod: Duration.days(14) });
  acknowledge(deadLetters, { id: 'AwsSolutions-SQS3', reason: `This queue is itself the ${props.label}'s dead-letter queue for asynchronous invocations, so it needs no DLQ of its own.` });
  const fn = new CasefileFunction(scope, id, {
    entry: props.entry,
    description: props.description,
    serviceName: props.serviceName,
    table: props.table,
    tableAccess: 'readWrite',
    logKey: props.opsKey,
    timeout: Duration.seconds(30),
    deadLetterQueue: deadLetters,
  });
  // Lambda's DLQ wiring grants sqs:SendMessage only; the queue is KMS-encrypted (aws/aws-cdk#33153).
  deadLetters.grantSendMessages(fn.function);
  new Alarm(scope, 'DeadLettersAlarm', {
    alarmDescription: `${props.failingSteps} failed after their retries and wait in their dead-letter queue.`,
    metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  }).addAlarmAction(new SnsAction(props.alarmTopic));
  // The function schedules its own next step, so its environment names its own ARN: a fixed name lets
  // that ARN be written without a self-reference. Schedules invoke its live alias, like every other caller.
  const functionName = `${Stack.of(scope).stackName}-${props.nameSuffix}`.slice(0, 64);
  (fn.function.node.defaultChild as CfnFunction).functionName = functionName;
  const liveArn = Arn.format({ service: 'lambda', resource: 'function', resourceName: `${functionName}:${LIVE_ALIAS}`, arnFormat: ArnFormat.COLON_RESOURCE_NAME }, Stack.of(scope));
  props.scheduler.allowTarget(fn.function);
  acknowledge(props.scheduler.role, {
    id: `AwsSolutions-IAM5[Resource::<${Stack.of(scope).getLogicalId(fn.function.node.defaultChild as CfnElement)}.Arn>:*]`,
    reason: `lambda:InvokeFunction on the ${props.label} and its versions (CDK's grantInvoke); no other function is named.`,
  });
  return { fn, liveArn };
}
