import type { DynamoDBRecord } from 'aws-lambda';
import { createClinicRepositories, entities, readEntityImage } from '@casefile/db';
import { planCaseRecalls } from '../usecases/recalls/planCaseRecalls';
import { runRecallReplanBatch } from '../usecases/recalls/replanRecallsBatch';
import { runtime } from '../runtime';
import { inOrder } from './orderedBatch';
import type { StreamHandler } from '../lambdaHandlers';

/**
 * Recalls (issue 18 item 2): a visit booked, attended, moved or canceled plans its case's recalls
 * again: a booking satisfies them, an attended visit starts the interval anew. Recalls are created
 * once (their ids come from case, rule and anchor), so a redelivered record plans nothing twice.
 * Each write of an unfinished re-planning job (the rules were saved) runs its next batch.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const job = readEntityImage(record.dynamodb?.NewImage, entities.recallReplanJob);
  if (job) {
    if (!job.done) await runRecallReplanBatch(runtime(), job);
    return;
  }
  const before = readEntityImage(record.dynamodb?.OldImage, entities.appointment);
  const after = readEntityImage(record.dynamodb?.NewImage, entities.appointment);
  if (!after || (before && before.status === after.status && before.start === after.start && before.sessionId === after.sessionId)) return;
  const rt = runtime();
  const repos = createClinicRepositories({ service: rt.service, clinicId: after.clinicId, actor: 'system:recalls', now: () => rt.clock.now(), newId: rt.newId });
  await planCaseRecalls(repos, rt, after);
}

export const handler: StreamHandler = inOrder('recalls', handleRecord);
