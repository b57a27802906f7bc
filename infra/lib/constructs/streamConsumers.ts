/**
 * One Lambda per entry of the stream-consumer table, fed by the table's stream through the entry's
 * filters. Failed records are retried a bounded number of times, then parked on a queue that alarms.
 */
import { Duration } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { StreamConsumerDefinition } from '../../../functions/src/consumers';
import { acknowledge } from '../nag';
import { streamEntry } from '../paths';
import { CasefileFunction } from './casefileFunction';

export const STREAM_RETRY_ATTEMPTS = 5;
/**
 * A record goes to the failure queue at most this old, so the stream (which keeps records 24 h) still
 * holds it for at least 18 h: the window in which the runbook replays it from the queue's metadata.
 */
export const STREAM_MAX_RECORD_AGE = Duration.hours(6);
/** Hours a failed batch stays replayable after it reaches the failure queue (DynamoDB streams keep records 24 h). */
export const STREAM_REPLAY_WINDOW_HOURS = 24 - STREAM_MAX_RECORD_AGE.toHours();

export interface StreamConsumersProps {
  consumers: readonly StreamConsumerDefinition[];
  table: ITable;
  opsKey: IKey;
  alarmTopic: ITopic;
}

export class StreamConsumers extends Construct {
  readonly functions: Record<string, CasefileFunction> = {};
  readonly failureQueues: Record<string, Queue> = {};

  constructor(scope: Construct, id: string, props: StreamConsumersProps) {
    super(scope, id);
    for (const def of props.consumers) this.addConsumer(def, props);
  }

  private addConsumer(def: StreamConsumerDefinition, props: StreamConsumersProps): void {
    const scope = new Construct(this, def.consumer);
    const failures = new Queue(scope, 'Failures', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.opsKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(failures, {
      id: 'AwsSolutions-SQS3',
      reason: "This queue is itself the dead-letter destination of the consumer's event source mapping (on-failure), so it needs no DLQ of its own.",
    });

    // Stream consumers write what they derive (audit events, effects) back into the table.
    const fn = new CasefileFunction(scope, 'Consumer', {
      entry: streamEntry(def.consumer),
      description: def.description,
      serviceName: `casefile-stream-${def.consumer}`,
      table: props.table,
      // The audit consumer only ever creates audit events; the others derive effects of every kind.
      tableAccess: def.consumer === 'audit' ? { read: 'none', auditWriter: true } : 'readWrite',
      logKey: props.opsKey,
      timeout: Duration.minutes(1),
    });
    fn.alias.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: def.batchSize,
        filters: def.filters.map((pattern) => FilterCriteria.filter(pattern)),
        reportBatchItemFailures: true,
        bisectBatchOnError: true,
        retryAttempts: STREAM_RETRY_ATTEMPTS,
        maxRecordAge: STREAM_MAX_RECORD_AGE,
        // Records of one item stay in order only with one batch per shard at a time.
        parallelizationFactor: 1,
        onFailure: new SqsDlq(failures),
      }),
    );

    const alarm = new Alarm(scope, 'FailuresAlarm', {
      alarmDescription: `Stream records the ${def.consumer} consumer gave up on are waiting in its failure queue.`,
      metric: failures.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(new SnsAction(props.alarmTopic));

    this.functions[def.consumer] = fn;
    this.failureQueues[def.consumer] = failures;
  }
}
