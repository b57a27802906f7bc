import middy from '@middy/core';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { entities, readEntityImage } from '@casefile/db';
import { billingRepositories } from '../billing/billingRepos';
import { settleVisit } from '../billing/settleVisit';
import { runtime } from '../runtime';
import { inOrder } from './orderedBatch';

/**
 * Visits follow their invoices (B5): when an invoice becomes paid, or a refund takes it back to
 * issued (or a credit or void changes it), each visit on it is moved to Paid or back to Arrived
 * through the guarded status write. Reads current state, so repeats change nothing.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const before = readEntityImage(record.dynamodb?.OldImage, entities.invoice);
  const after = readEntityImage(record.dynamodb?.NewImage, entities.invoice);
  if (!after || before?.status === after.status) return;
  const rt = runtime();
  const repos = billingRepositories(rt, after.clinicId);
  const appointmentIds = new Set([...(before?.lines ?? []), ...after.lines].flatMap((line) => (line.appointmentId ? [line.appointmentId] : [])));
  for (const appointmentId of appointmentIds) await settleVisit(repos, rt, appointmentId);
}

export const handler = middy<DynamoDBStreamEvent, DynamoDBBatchResponse>().handler(inOrder('settlement', handleRecord));
