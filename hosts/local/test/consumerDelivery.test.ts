import type { DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { StreamHandler } from '@casefile/functions/handlers';
import { replayStreamFailures } from '../src/replay/replayStreamFailures';
import { deliverToConsumer, type ConsumerDelivery } from '../src/streams/consumerDelivery';

const recordNumbered = (sequence: number, entity = 'client'): DynamoDBRecord => ({
  eventName: 'INSERT',
  dynamodb: { SequenceNumber: String(sequence).padStart(21, '0'), NewImage: { __edb_e__: { S: entity } } },
});
const sequenceOf = (record: DynamoDBRecord) => Number(record.dynamodb?.SequenceNumber);

/** A consumer whose handler answers from a script, recording the batches it saw. */
function scriptedConsumer(answers: ((event: DynamoDBStreamEvent) => ReturnType<StreamHandler>)[], batchSize = 10) {
  const batches: number[][] = [];
  const handler: StreamHandler = async (event) => {
    batches.push(event.Records.map(sequenceOf));
    const answer = answers.shift();
    return answer ? answer(event) : { batchItemFailures: [] };
  };
  const delivery: ConsumerDelivery = {
    consumer: 'audit',
    matches: (record) => record.dynamodb?.NewImage?.__edb_e__?.S === 'client',
    batchSize,
    handler,
  };
  return { delivery, batches };
}

const fail = (...sequences: number[]) => async () => ({
  batchItemFailures: sequences.map((sequence) => ({ itemIdentifier: String(sequence).padStart(21, '0') })),
});

describe('delivery to one consumer', () => {
  const lines: string[] = [];
  const options = { maxRetries: 2, retryDelayMs: 0, timeoutMs: 1000, log: (line: string) => lines.push(line) };
  const records = [1, 2, 3, 4, 5].map((n) => recordNumbered(n)).concat(recordNumbered(6, 'auditEvent'), recordNumbered(7));

  it('delivers only matching records, in order, in batches of batchSize', async () => {
    const { delivery, batches } = scriptedConsumer([], 2);

    await deliverToConsumer(delivery, records, options);

    expect(batches).toEqual([[1, 2], [3, 4], [5, 7]]);
  });

  it('retries from the first failed record, like ReportBatchItemFailures', async () => {
    const { delivery, batches } = scriptedConsumer([fail(5, 3)]);

    await deliverToConsumer(delivery, records, options);

    expect(batches).toEqual([[1, 2, 3, 4, 5, 7], [3, 4, 5, 7]]);
  });

  it('retries the whole batch when the handler throws or names an unknown record', async () => {
    const { delivery, batches } = scriptedConsumer([
      async () => {
        throw new Error('down');
      },
      fail(99),
    ]);

    await deliverToConsumer(delivery, records, options);

    expect(batches).toEqual([[1, 2, 3, 4, 5, 7], [1, 2, 3, 4, 5, 7], [1, 2, 3, 4, 5, 7]]);
  });

  it('gives up after maxRetries, logs the on-failure queue, and moves on', async () => {
    lines.length = 0;
    const { delivery, batches } = scriptedConsumer([fail(3), fail(3), fail(3)], 3);

    await deliverToConsumer(delivery, records, options);

    expect(batches).toEqual([[1, 2, 3], [3, 4, 5], [3, 4, 5], [7]]);
    expect(lines).toEqual([expect.stringContaining('3 record(s) sent to on-failure queue')]);
  });

  it('keeps what it gave up on in the on-failure store, and a replay hands it to the consumer again', async () => {
    const kept: { consumer: string; records: DynamoDBRecord[] }[] = [];
    const { delivery } = scriptedConsumer([fail(3), fail(3), fail(3)], 3);

    await deliverToConsumer(delivery, records, { ...options, onFailure: async (consumer, failed) => void kept.push({ consumer, records: failed }) });

    expect(kept.map((batch) => [batch.consumer, batch.records.map(sequenceOf)])).toEqual([['audit', [3, 4, 5]]]);
    const { delivery: recovered, batches } = scriptedConsumer([]);
    const outcome = await replayStreamFailures(kept, { audit: recovered.handler });
    expect(batches).toEqual([[3, 4, 5]]);
    expect(outcome).toEqual({ replayed: kept, stillFailing: [] });

    const stillBroken = await replayStreamFailures(kept, { audit: fail(4) as StreamHandler });
    expect(stillBroken.stillFailing).toEqual([{ batch: kept[0], reason: '1 record(s) failed again' }]);
  });
});
