import type { DynamoDBRecord } from 'aws-lambda';
import { entities, readEntityImage } from '@casefile/db';
import { planAndApply } from '../usecases/notifications/applyPlan';
import { sendAuthorizationAlerts } from '../usecases/notifications/authorizationAlerts';
import { systemRepositories } from '../usecases/notifications/notificationRepos';
import { runReplanBatch } from '../usecases/notifications/replanBatch';
import { runtime } from '../runtime';
import { inOrder } from './orderedBatch';
import type { StreamHandler } from '../lambdaHandlers';

/**
 * Notifications and reminders (SPEC N1, N2). For each appointment change, plans with the core and
 * applies the difference: schedules upserted or deleted by deterministic name, notices due now
 * delivered (claimed conditionally, so a redelivered record sends nothing twice). For the
 * re-planning job, runs its next batch. For a case's billing, mails staff the low-authorization
 * alerts the charge consumer stamped (claimed the same way). Records are handled in order; the first failure is reported
 * with everything after it.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const rt = runtime();
  const oldImage = record.dynamodb?.OldImage;
  const newImage = record.dynamodb?.NewImage;
  const job = readEntityImage(newImage, entities.replanJob);
  if (job) {
    if (!job.done) await runReplanBatch(rt, job);
    return;
  }
  const billing = readEntityImage(newImage, entities.caseBilling);
  if (billing) {
    await sendAuthorizationAlerts(rt, readEntityImage(oldImage, entities.caseBilling), billing);
    return;
  }
  const before = readEntityImage(oldImage, entities.appointment);
  const after = readEntityImage(newImage, entities.appointment);
  const subject = after ?? before;
  if (!subject) return;
  await planAndApply(rt, systemRepositories(rt, subject.clinicId), before, after);
}

export const handler: StreamHandler = inOrder('notification', handleRecord);
