/**
 * The waitlist (SPEC A9): the function each offer's one-time expiry schedule invokes, and what the
 * functions that offer time need: the waitlist stream consumer, the expiry function and the waitlist
 * API (manual offers, acceptances) manage schedules, send mail, sign offer links and name the page.
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
import { CasefileFunction, LIVE_ALIAS } from './casefileFunction';
import type { Notifications } from './notifications';
import type { PublicLinkSecret } from './publicLinkSecret';
import type { ReminderScheduler } from './scheduler';

export interface WaitlistProps {
  table: ITable;
  opsKey: IKey;
  alarmTopic: ITopic;
  scheduler: ReminderScheduler;
  notifications: Notifications;
  publicLinks: PublicLinkSecret;
  /** The functions that offer time or take offers: the stream consumer and the API area. */
  offering: CasefileFunction[];
  /** Where the booking pages are served (offer links open `/book/offer` there). */
  siteUrl: string;
}

export class Waitlist extends Construct {
  readonly expireOffer: CasefileFunction;

  constructor(scope: Construct, id: string, props: WaitlistProps) {
    super(scope, id);
    const deadLetters = new Queue(this, 'DeadLetters', { encryption: QueueEncryption.KMS, encryptionMasterKey: props.opsKey, enforceSSL: true, retentionPeriod: Duration.days(14) });
    acknowledge(deadLetters, { id: 'AwsSolutions-SQS3', reason: "This queue is itself the expiry function's dead-letter queue for asynchronous invocations, so it needs no DLQ of its own." });
    this.expireOffer = new CasefileFunction(this, 'ExpireOffer', {
      entry: taskEntry('scheduled', 'expireWaitlistOffer'),
      description: "Expires an unanswered waitlist offer when its one-time schedule fires and offers the opening to the next person.",
      serviceName: 'casefile-expire-waitlist-offer',
      table: props.table,
      tableAccess: 'readWrite',
      logKey: props.opsKey,
      timeout: Duration.seconds(30),
      deadLetterQueue: deadLetters,
    });
    // Lambda's DLQ wiring grants sqs:SendMessage only; the queue is KMS-encrypted (aws/aws-cdk#33153).
    deadLetters.grantSendMessages(this.expireOffer.function);
    new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: 'Waitlist offer expiries failed after their retries and wait in their dead-letter queue.',
      metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(props.alarmTopic));
    // The expiry function schedules the next offer's expiry itself, so its environment names its own
    // ARN: a fixed name lets that ARN be written without the function referring to itself. Schedules
    // invoke its live alias, like every other caller.
    const functionName = `${Stack.of(this).stackName}-waitlist-offer-expiry`.slice(0, 64);
    (this.expireOffer.function.node.defaultChild as CfnFunction).functionName = functionName;
    const expireOfferArn = Arn.format({ service: 'lambda', resource: 'function', resourceName: `${functionName}:${LIVE_ALIAS}`, arnFormat: ArnFormat.COLON_RESOURCE_NAME }, Stack.of(this));
    props.scheduler.allowTarget(this.expireOffer.function);
    acknowledge(props.scheduler.role, {
      id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.expireOffer.function.node.defaultChild as CfnElement)}.Arn>:*]`,
      reason: "lambda:InvokeFunction on the offer-expiry function and its versions (CDK's grantInvoke); no other function is named.",
    });

    for (const fn of [...props.offering, this.expireOffer]) {
      props.notifications.grantPlanning(fn);
      props.publicLinks.grantTo(fn.function);
      fn.function.addEnvironment('WAITLIST_OFFER_TARGET_ARN', expireOfferArn);
      fn.function.addEnvironment('PUBLIC_SITE_URL', props.siteUrl);
    }
  }
}
