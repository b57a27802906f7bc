import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBRecord } from 'aws-lambda';
import { readEntityImage, type ReplanJob, type StoredAppointment, type StoredCaseBilling } from '@casefile/db';
import { planAndApply } from '../usecases/notifications/applyPlan';
import { sendAuthorizationAlerts } from '../usecases/notifications/authorizationAlerts';
import { systemRepositories } from '../usecases/notifications/notificationRepos';
import { runReplanBatch } from '../usecases/notifications/replanBatch';
import { runtime } from '../runtime';
import { inOrder } from './orderedBatch';
import type { StreamHandler } from '../lambdaHandlers';

type Image = Record<string, AttributeValue>;

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
  const oldImage = record.dynamodb?.OldImage as Image | undefined;
  const newImage = record.dynamodb?.NewImage as Image | undefined;
  const job = readEntityImage<ReplanJob>(newImage, 'replanJob');
  if (job) {
    if (!job.done) await runReplanBatch(rt, job);
    return;
  }
  const billing = readEntityImage<StoredCaseBilling>(newImage, 'caseBilling');
  if (billing) {
    await sendAuthorizationAlerts(rt, readEntityImage<StoredCaseBilling>(oldImage, 'caseBilling'), billing);
    return;
  }
  const before = readEntityImage<StoredAppointment>(oldImage, 'appointment');
  const after = readEntityImage<StoredAppointment>(newImage, 'appointment');
  const subject = after ?? before;
  if (!subject) return;
  await planAndApply(rt, systemRepositories(rt, subject.clinicId), before, after);
}

export const handler: StreamHandler = inOrder('notification', handleRecord);
