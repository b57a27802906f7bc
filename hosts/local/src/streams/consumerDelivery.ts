/**
 * Delivers stream records to one consumer the way a Lambda event source mapping with
 * ReportBatchItemFailures does: filtered, in order, in batches; a failure retries from the first failed
 * record, a bounded number of times, and then the failed records go to the on-failure destination (a log
 * line, and the failure store when the runtime keeps one).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import type { DynamoDBRecord } from 'aws-lambda';
import type { StreamHandler } from '@casefile/functions/handlers';
import { createLambdaContext } from '../lambdaContext';

export interface ConsumerDelivery {
  consumer: string;
  matches: (record: DynamoDBRecord) => boolean;
  batchSize: number;
  handler: StreamHandler;
}

export interface DeliveryOptions {
  maxRetries: number;
  retryDelayMs: number;
  timeoutMs: number;
  log: (line: string) => void;
  /** The on-failure destination: records the consumer gave up on, kept for replay. */
  onFailure?: (consumer: string, records: DynamoDBRecord[]) => Promise<void>;
}

export async function deliverToConsumer(delivery: ConsumerDelivery, records: readonly DynamoDBRecord[], options: DeliveryOptions): Promise<void> {
  const selected = records.filter(delivery.matches);
  let start = 0;
  let retries = 0;
  while (start < selected.length) {
    const batch = selected.slice(start, start + delivery.batchSize);
    const failedFrom = await invokeBatch(delivery, batch, options);
    if (failedFrom === undefined) {
      start += batch.length;
      retries = 0;
    } else if (retries >= options.maxRetries) {
      const failed = batch.slice(failedFrom);
      options.log(`${delivery.consumer}: ${failed.length} record(s) sent to on-failure queue after ${retries} retries (${describeRange(failed)})`);
      await options.onFailure?.(delivery.consumer, failed);
      start += batch.length;
      retries = 0;
    } else {
      start += failedFrom;
      retries += 1;
      await sleep(options.retryDelayMs * retries);
    }
  }
}

/** Index of the first record to retry, or undefined when the whole batch succeeded. */
async function invokeBatch(delivery: ConsumerDelivery, batch: DynamoDBRecord[], options: DeliveryOptions): Promise<number | undefined> {
  let response;
  try {
    response = await delivery.handler({ Records: batch }, createLambdaContext(delivery.consumer, options.timeoutMs));
  } catch (error) {
    options.log(`${delivery.consumer}: handler threw ${error instanceof Error ? error.name : typeof error}`);
    return 0;
  }
  const failures = response?.batchItemFailures ?? [];
  if (failures.length === 0) return undefined;
  const indexes = failures.map(({ itemIdentifier }) => batch.findIndex((record) => record.dynamodb?.SequenceNumber === itemIdentifier));
  // An identifier that names no record of the batch fails the whole batch, as in Lambda.
  return indexes.includes(-1) ? 0 : Math.min(...indexes);
}

function describeRange(records: DynamoDBRecord[]): string {
  const first = records[0]?.dynamodb?.SequenceNumber;
  const last = records.at(-1)?.dynamodb?.SequenceNumber;
  return first === last ? `sequence number ${first}` : `sequence numbers ${first} to ${last}`;
}
