/**
 * Webhook delivery (SPEC P2): the delivery queue the webhooks stream consumer puts new and replayed
 * deliveries on, and the delivery function it feeds. Each message is one attempt; the function queues
 * the next attempt itself with the backoff (waits longer than SQS's 15 minutes are put back until
 * due), so the queue's own redrive only covers a function that crashed. What it gives up on parks on
 * a dead-letter queue that alarms. The function reaches the internet (no VPC) and refuses private,
 * loopback and link-local addresses itself, resolving the name and checking every address.
 */
import path from 'node:path';
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { acknowledge } from '../nag';
import { REPO_ROOT } from '../paths';
import { CasefileFunction } from './casefileFunction';

export interface WebhooksProps {
  table: ITable;
  opsKey: IKey;
  alarmTopic: ITopic;
}

export class Webhooks extends Construct {
  readonly queue: Queue;
  readonly deadLetters: Queue;
  readonly deliver: CasefileFunction;

  constructor(scope: Construct, id: string, props: WebhooksProps) {
    super(scope, id);
    this.deadLetters = new Queue(this, 'DeadLetters', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.opsKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(this.deadLetters, { id: 'AwsSolutions-SQS3', reason: 'This queue is itself the delivery queue’s dead-letter queue, so it needs no DLQ of its own.' });
    this.queue = new Queue(this, 'Deliveries', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.opsKey,
      enforceSSL: true,
      // Longer than the function's timeout, so a message is not handed out twice while it runs.
      visibilityTimeout: Duration.seconds(90),
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetters, maxReceiveCount: 5 },
    });

    this.deliver = new CasefileFunction(this, 'Deliver', {
      entry: path.join(REPO_ROOT, 'functions/src/queues/deliverWebhooks.ts'),
      description: 'Delivers one signed webhook attempt per queue message, queues the next attempt with backoff, disables endpoints that keep failing.',
      serviceName: 'casefile-deliver-webhooks',
      table: props.table,
      tableAccess: 'readWrite',
      logKey: props.opsKey,
      timeout: Duration.seconds(30),
      environment: { WEBHOOK_QUEUE_URL: this.queue.queueUrl },
    });
    this.deliver.alias.addEventSource(new SqsEventSource(this.queue, { batchSize: 10, reportBatchItemFailures: true }));
    this.queue.grantSendMessages(this.deliver.function);

    new Alarm(this, 'DeadLettersAlarm', {
      alarmDescription: 'Webhook delivery messages failed five times inside the delivery function and wait in its dead-letter queue.',
      metric: this.deadLetters.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    }).addAlarmAction(new SnsAction(props.alarmTopic));
  }

  /** What the webhooks stream consumer needs: put deliveries on the queue. */
  grantEnqueue(consumer: CasefileFunction): void {
    this.queue.grantSendMessages(consumer.function);
    consumer.function.addEnvironment('WEBHOOK_QUEUE_URL', this.queue.queueUrl);
  }
}
