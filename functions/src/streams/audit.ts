import type { DynamoDBRecord } from 'aws-lambda';
import { diffRecords } from '@casefile/core';
import { createAuditRepository, readAuditedImage } from '@casefile/db';
import { runtime } from '../runtime';
import type { StreamHandler } from '../lambdaHandlers';
import { inOrder } from './orderedBatch';

/**
 * Writes one immutable audit event per change to an audited entity. The event id comes from the
 * stream record, and the write is conditional, so a redelivered record writes nothing twice.
 * Records are handled in order; the first failure is reported with everything after it.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const auditEvent = toAuditEvent(record);
  if (!auditEvent) return;
  const { service, logger } = runtime();
  const isNew = await createAuditRepository({ service, clinicId: auditEvent.clinicId }).record(auditEvent.event);
  if (!isNew) logger.info('audit event already written', { eventID: record.eventID });
}

function toAuditEvent(record: DynamoDBRecord) {
  const before = readAuditedImage(record.dynamodb?.OldImage);
  const after = readAuditedImage(record.dynamodb?.NewImage);
  const subject = after ?? before;
  if (!subject || !record.eventID) return undefined;
  const changes = diffRecords(before?.data, after?.data);
  if (record.eventName === 'MODIFY' && Object.keys(changes).length === 0) return undefined;
  const action = record.eventName === 'INSERT' ? 'created' : record.eventName === 'REMOVE' ? 'deleted' : 'updated';
  const at =
    (typeof after?.data.updatedAt === 'string' && after.data.updatedAt) ||
    new Date((record.dynamodb?.ApproximateCreationDateTime ?? 0) * 1000).toISOString();
  const actor = String(after?.data.updatedBy ?? before?.data.updatedBy ?? 'system');
  return {
    clinicId: subject.clinicId,
    event: {
      auditId: record.eventID,
      entityType: subject.entityType,
      entityId: subject.entityId,
      action,
      at,
      actor,
      changes,
    } as const,
  };
}

export const handler: StreamHandler = inOrder('audit', handleRecord);
