import type { DynamoDBRecord } from 'aws-lambda';
import { entities, readEntityImage } from '@casefile/db';
import { billingContextFor } from '../usecases/billing/billingContextFor';
import { settleVisit } from '../usecases/billing/settleVisit';
import { runtime } from '../runtime';
import { inOrder } from './orderedBatch';
import type { StreamHandler } from '../lambdaHandlers';

/**
 * Visits follow their invoices (B5): when an invoice becomes paid, or a refund takes it back to
 * issued (or a credit or void changes it), each visit on it is moved to Paid or back to Arrived
 * through the guarded status write. Reads current state, so repeats change nothing.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const before = readEntityImage(record.dynamodb?.OldImage, entities.invoice);
  const after = readEntityImage(record.dynamodb?.NewImage, entities.invoice);
  if (!after || before?.status === after.status) return;
  const billing = billingContextFor(runtime(), after.clinicId);
  const appointmentIds = new Set([...(before?.lines ?? []), ...after.lines].flatMap((line) => (line.appointmentId ? [line.appointmentId] : [])));
  for (const appointmentId of appointmentIds) await settleVisit(billing, appointmentId);
}

export const handler: StreamHandler = inOrder('settlement', handleRecord);
