/**
 * Notifications (SPEC N1-N3): the function every reminder and delayed-notice schedule invokes, the
 * function that records bounces and complaints from the mail configuration set's topic, and the
 * permissions of the notifications stream consumer (manage schedules in the group, send mail).
 * Both functions are invoked asynchronously, so each has a dead-letter queue that alarms.
 */
import { Arn, ArnFormat, type CfnElement, Duration, Stack } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SnsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge, asInFindings } from '../nag';
import { taskEntry } from '../paths';
import { MAIL_SUPPRESSION_KEYS, type TableAccess } from '../tableGrants';
import { CasefileFunction } from './casefileFunction';
import type { Mail } from './mail';
import type { ReminderScheduler } from './scheduler';

export interface NotificationsProps {
  table: ITable;
  opsKey: IKey;
  alarmTopic: ITopic;
  scheduler: ReminderScheduler;
  mail: Mail;
  /** The verified sender address; replies go to each clinic's contact address. */
  mailFrom?: string | undefined;
}

export class Notifications extends Construct {
  readonly sendNotification: CasefileFunction;
  readonly mailFeedback: CasefileFunction;
  readonly deadLetterQueues: Queue[] = [];
  /** Where a schedule's event goes when Scheduler could not deliver it within the retry policy (24 h). */
  readonly scheduleDeadLetters: Queue;
  private readonly props: NotificationsProps;

  constructor(scope: Construct, id: string, props: NotificationsProps) {
    super(scope, id);
    this.props = props;
    this.sendNotification = this.addFunction('SendNotification', taskEntry('scheduled', 'sendNotification'), 'Sends a reminder or delayed notice when its one-time schedule fires, if the appointment still matches.', 'casefile-send-notification', 'readWrite');
    this.allowSendMail(this.sendNotification);
    props.scheduler.allowTarget(this.sendNotification.function);
    // One queue for both ways a notice can finally fail (Scheduler could not invoke, or the invocation
    // failed after Lambda's retries): one alarm, one place the replay runbook reads.
    this.scheduleDeadLetters = this.deadLetterQueues[0]!;
    this.scheduleDeadLetters.grantSendMessages(props.scheduler.role);
    acknowledge(
      props.scheduler.role,
      {
        id: `AwsSolutions-IAM5[Resource::<${Stack.of(this).getLogicalId(this.sendNotification.function.node.defaultChild as CfnElement)}.Arn>:*]`,
        reason: "lambda:InvokeFunction on the delivery function and its versions (CDK's grantInvoke); no other function is named.",
      },
      {
        id: 'HIPAA.Security-IAMNoInlinePolicy',
        reason: "CDK renders the grant as one AWS::IAM::Policy attached to the scheduler's own role (no users or groups), so its permissions stay reviewable in one place.",
      },
      { id: 'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]', reason: "Data-key actions on the ops key only, so Scheduler can put undeliverable events on the encrypted dead-letter queue." },
      { id: 'AwsSolutions-IAM5[Action::kms:ReEncrypt*]', reason: "Data-key actions on the ops key only, so Scheduler can put undeliverable events on the encrypted dead-letter queue." },
    );

    // It only creates suppressions (conditional puts), so that is all it may write.
    this.mailFeedback = this.addFunction('MailFeedback', taskEntry('events', 'mailFeedback'), 'Suppresses addresses that bounce or complain, from the mail configuration set topic.', 'casefile-mail-feedback', {
      read: 'none',
      write: ['PutItem'],
      writeOnly: [MAIL_SUPPRESSION_KEYS],
    });
    this.mailFeedback.alias.addEventSource(new SnsEventSource(props.mail.feedbackTopic));
  }

  /** What the notifications stream consumer needs: manage schedules in the group, pass the role, send notices due now. */
  grantPlanning(consumer: CasefileFunction): void {
    this.props.scheduler.grantManageSchedules(consumer.function);
    this.allowSendMail(consumer);
    for (const [name, value] of Object.entries({ ...this.scheduleEnvironment, ...this.mailEnvironment })) consumer.function.addEnvironment(name, value);
    acknowledge(consumer, {
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:scheduler:<AWS::Region>:<AWS::AccountId>:schedule/${asInFindings(this, this.props.scheduler.group.scheduleGroupName)}/*]`,
      reason: 'Schedule names are derived per appointment at run time; the wildcard covers the schedules of this one group only.',
    });
  }

  /** What a function that sends mail of its own needs (online booking's codes and confirmations): the sender and the configuration set. */
  grantSendMail(target: CasefileFunction): void {
    this.allowSendMail(target);
    for (const [name, value] of Object.entries(this.mailEnvironment)) target.function.addEnvironment(name, value);
  }

  private get scheduleEnvironment(): Record<string, string> {
    return {
      ...this.props.scheduler.environment,
      // Schedules invoke the live alias, so a reminder runs the version that passed its deployment.
      NOTIFICATION_TARGET_ARN: this.sendNotification.alias.functionArn,
      SCHEDULE_DEAD_LETTER_QUEUE_ARN: this.scheduleDeadLetters.queueArn,
    };
  }

  private get mailEnvironment(): Record<string, string> {
    return { SES_CONFIGURATION_SET: this.props.mail.configurationSet.configurationSetName, MAIL_FROM: this.props.mailFrom ?? 'notifications@example.com' };
  }

  private addFunction(id: string, entry: string, description: string, serviceName: string, tableAccess: TableAccess): CasefileFunction {
    const scope = new Construct(this, id);
    const deadLetters = new Queue(scope, 'DeadLetters', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: this.props.opsKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(deadLetters, { id: 'AwsSolutions-SQS3', reason: "This queue is itself the function's dead-letter queue for asynchronous invocations, so it needs no DLQ of its own." });
    const fn = new CasefileFunction(scope, 'Function', {
      entry,
      description,
      serviceName,
      table: this.props.table,
      tableAccess,
      logKey: this.props.opsKey,
      timeout: Duration.seconds(30),
      environment: this.mailEnvironment,
      deadLetterQueue: deadLetters,
    });
    // Lambda's own DLQ wiring grants sqs:SendMessage only; the queue is KMS-encrypted, so the role
    // also needs the key (aws/aws-cdk#33153), or nothing could ever land there.
    deadLetters.grantSendMessages(fn.function);
    new Alarm(scope, 'DeadLettersAlarm', {
      alarmDescription: `Invocations of ${serviceName} failed after their retries and wait in its dead-letter queue.`,
      metric: deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(this.props.alarmTopic));
    this.deadLetterQueues.push(deadLetters);
    return fn;
  }

  private allowSendMail(target: CasefileFunction): void {
    const grantee = target.function;
    const stack = Stack.of(this);
    const configurationSetArn = Arn.format({ service: 'ses', resource: 'configuration-set', resourceName: this.props.mail.configurationSet.configurationSetName, arnFormat: ArnFormat.SLASH_RESOURCE_NAME }, stack);
    const identities = Arn.format({ service: 'ses', resource: 'identity', resourceName: '*', arnFormat: ArnFormat.SLASH_RESOURCE_NAME }, stack);
    grantee.addToRolePolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [configurationSetArn, identities],
        // Only through Casefile's configuration set, so every message is tracked for bounces and complaints.
        conditions: { StringEquals: { 'ses:ConfigurationSetName': this.props.mail.configurationSet.configurationSetName } },
      }),
    );
    acknowledge(target, {
      id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:ses:<AWS::Region>:<AWS::AccountId>:identity/*]',
      reason: "The sender identity (a verified domain or address) is chosen at deploy time; the statement only allows sending through Casefile's configuration set.",
    });
  }
}
