import type { DynamoDBRecord } from 'aws-lambda';
import { diffRecords } from '@casefile/core';
import { createAuditRepository, entities, readAuditedImage, readEntityImage } from '@casefile/db';
import { runtime } from '../runtime';
import type { StreamHandler } from '../lambdaHandlers';
import { inOrder } from './orderedBatch';

/**
 * Writes one immutable audit event per change to an audited entity, and one `read` event per read of
 * clinical content (a new `clinicalAccess` entry: only this consumer may write audit events). The event id comes from the
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
  return record.eventName === 'INSERT' ? (toReadEvent(record) ?? toChangeEvent(record)) : toChangeEvent(record);
}

function toReadEvent(record: DynamoDBRecord) {
  const access = readEntityImage(record.dynamodb?.NewImage, entities.clinicalAccess);
  if (!access || !record.eventID) return undefined;
  return {
    clinicId: access.clinicId,
    event: { auditId: record.eventID, entityType: access.subjectType, entityId: access.subjectId, action: 'read', at: access.at, actor: access.actor, changes: {} } as const,
  };
}

function toChangeEvent(record: DynamoDBRecord) {
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
