import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { STREAM_CONSUMERS } from '../../functions/src/consumers';
import { STREAM_MAX_RECORD_AGE, STREAM_RETRY_ATTEMPTS } from '../../infra/lib/constructs/streamConsumers';
import { logicalIdOf, synthStack } from './synthStack';

let synth: ReturnType<typeof synthStack>;
beforeAll(() => {
  synth = synthStack();
});

describe.each(STREAM_CONSUMERS)('the $consumer stream consumer', (def) => {
  it("reads the table's stream into the consumer's live alias through the consumer table's filters, reporting item failures", () => {
    const fn = synth.stack.streams.functions[def.consumer]!;
    const queue = synth.stack.streams.failureQueues[def.consumer]!;
    synth.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      // The alias-qualified name (`<function>:live`), as CDK renders an alias's name.
      FunctionName: synth.stack.resolve(fn.alias.functionName),
      EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(synth.stack.table), 'StreamArn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: def.batchSize,
      FilterCriteria: { Filters: def.filters.map((pattern) => ({ Pattern: JSON.stringify(pattern) })) },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: STREAM_RETRY_ATTEMPTS,
      MaximumRecordAgeInSeconds: STREAM_MAX_RECORD_AGE.toSeconds(),
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(queue), 'Arn'] } } },
    });
  });

  it('bounds retries and record age', () => {
    expect(STREAM_RETRY_ATTEMPTS).toBeGreaterThan(0);
    expect(STREAM_RETRY_ATTEMPTS).toBeLessThanOrEqual(10);
    expect(STREAM_MAX_RECORD_AGE.toHours()).toBeLessThanOrEqual(24);
  });

  it('parks failed records on an encrypted, TLS-only queue that alarms when anything arrives', () => {
    const queueId = logicalIdOf(synth.stack.streams.failureQueues[def.consumer]!);
    expect(synth.template.toJSON().Resources[queueId].Properties.KmsMasterKeyId).toBeDefined();
    synth.template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: queueId }],
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
    synth.template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [queueId, 'QueueName'] } }],
      ComparisonOperator: 'GreaterThanThreshold',
      Threshold: 0,
      AlarmActions: [{ Ref: Match.anyValue() }],
    });
  });
});
