/**
 * Hands records a stream consumer gave up on back to that consumer. The same function serves the
 * local failure store and an AWS runbook (records re-read from the stream by the sequence numbers an
 * SQS on-failure message names): consumers are idempotent, so replaying what went through is harmless.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import type { StreamHandler } from '@casefile/functions/handlers';
import { createLambdaContext } from '../lambdaContext';

export interface FailedBatch {
  consumer: string;
  records: DynamoDBRecord[];
}

export type ReplayOutcome<T extends FailedBatch> = { replayed: T[]; stillFailing: { batch: T; reason: string }[] };

export async function replayStreamFailures<T extends FailedBatch>(batches: readonly T[], handlers: Partial<Record<string, StreamHandler>>): Promise<ReplayOutcome<T>> {
  const outcome: ReplayOutcome<T> = { replayed: [], stillFailing: [] };
  for (const batch of batches) {
    const handler = handlers[batch.consumer];
    if (!handler) {
      outcome.stillFailing.push({ batch, reason: `no consumer named ${batch.consumer}` });
      continue;
    }
    try {
      const response = await handler({ Records: batch.records }, createLambdaContext(batch.consumer, 60_000));
      const failures = response?.batchItemFailures ?? [];
      if (failures.length > 0) outcome.stillFailing.push({ batch, reason: `${failures.length} record(s) failed again` });
      else outcome.replayed.push(batch);
    } catch (error) {
      outcome.stillFailing.push({ batch, reason: error instanceof Error ? error.name : typeof error });
    }
  }
  return outcome;
}
