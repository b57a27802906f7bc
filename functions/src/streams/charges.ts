import type { DynamoDBRecord } from 'aws-lambda';
import { entities, readEntityImage } from '@casefile/db';
import { billingContextFor } from '../usecases/billing/billingContextFor';
import { reconcileAppointmentBilling } from '../usecases/billing/reconcileAppointmentBilling';
import { runtime } from '../runtime';
import { inOrder } from './orderedBatch';
import type { StreamHandler } from '../lambdaHandlers';

const BILLING_STATUSES = new Set(['arrived', 'paid', 'no_show', 'canceled']);

/**
 * Charges from appointment status changes (B2, B3, K5). Each record names an appointment; the
 * consumer reconciles that appointment's billing with its current status (arrival charges split
 * across payers, an authorization visit consumed; a rollback removing or crediting them and giving the
 * visit back; No Show and late-cancellation fees). Effects have deterministic ids and conditional
 * writes, so a redelivered, repeated or reordered record changes nothing twice. Records are handled in
 * order; the first failure is reported with everything after it.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const before = readEntityImage(record.dynamodb?.OldImage, entities.appointment);
  const after = readEntityImage(record.dynamodb?.NewImage, entities.appointment);
  const subject = after ?? before;
  if (!subject) return;
  if (before && after && before.status === after.status) return;
  // Only arrived, paid, no-show and canceled call for billing (or for undoing it).
  if (!BILLING_STATUSES.has(before?.status ?? '') && !BILLING_STATUSES.has(after?.status ?? '')) return;
  await reconcileAppointmentBilling(billingContextFor(runtime(), subject.clinicId), subject.appointmentId);
}

export const handler: StreamHandler = inOrder('charge', handleRecord);
