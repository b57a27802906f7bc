import type { DynamoDBRecord } from 'aws-lambda';
import { applyRollupChange } from '../usecases/reports/applyRollupChange';
import { readRollupSource } from '../usecases/reports/rollupSourceImages';
import { runtime } from '../runtime';
import type { StreamHandler } from '../lambdaHandlers';
import { inOrder } from './orderedBatch';

/**
 * Report rollups (R1-R5): each appointment, charge, invoice or payment change adds the difference
 * between its new and old image to the clinic's day buckets. Every bucket's add is claimed by the
 * record's id in the same transaction, so redelivered records add nothing twice; deltas commute, so
 * reordered records converge to the same rollups.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const before = readRollupSource(record.dynamodb?.OldImage);
  const after = readRollupSource(record.dynamodb?.NewImage);
  const clinicId = (after ?? before)?.clinicId;
  if (!clinicId || !record.eventID) return;
  await applyRollupChange(runtime(), { recordId: record.eventID, clinicId, before: before?.source, after: after?.source });
}

export const handler: StreamHandler = inOrder('rollups', handleRecord);
