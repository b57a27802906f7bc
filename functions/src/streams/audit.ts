import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from 'aws-lambda';
import { diffRecords } from '@casefile/core';
import { createAuditRepository, readAuditedImage } from '@casefile/db';
import { runtime } from '../runtime';
import type { StreamHandler } from '../lambdaHandlers';

type Image = Record<string, AttributeValue>;

/**
 * Writes one immutable audit event per change to an audited entity. The event id comes from the
 * stream record, and the write is conditional, so a redelivered record writes nothing twice.
 * Records are handled in order; the first failure is reported with everything after it, as Lambda's
 * ReportBatchItemFailures expects for an ordered stream.
 */
async function handleAuditRecords(event: DynamoDBStreamEvent): Promise<DynamoDBBatchResponse> {
  const { service, logger } = runtime();
  let written = 0;
  let skipped = 0;
  for (const [index, record] of event.Records.entries()) {
    try {
      const auditEvent = toAuditEvent(record);
      if (!auditEvent) continue;
      const isNew = await createAuditRepository({ service, clinicId: auditEvent.clinicId }).record(auditEvent.event);
      if (isNew) written++;
      else skipped++;
    } catch (error) {
      logger.error('audit record failed', { eventID: record.eventID, errorName: error instanceof Error ? error.name : 'unknown' });
      return { batchItemFailures: event.Records.slice(index).map((failed) => ({ itemIdentifier: failed.dynamodb?.SequenceNumber ?? '' })) };
    }
  }
  logger.info('audit batch', { records: event.Records.length, written, alreadyWritten: skipped });
  return { batchItemFailures: [] };
}

function toAuditEvent(record: DynamoDBRecord) {
  const before = readAuditedImage(record.dynamodb?.OldImage as Image | undefined);
  const after = readAuditedImage(record.dynamodb?.NewImage as Image | undefined);
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

export const handler: StreamHandler = handleAuditRecords;
