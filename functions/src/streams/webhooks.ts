import type { DynamoDBRecord } from 'aws-lambda';
import { WEBHOOK_SOURCE_ENTITIES, type WebhookSourceEntity } from '@casefile/core';
import { entities, readEntityImage, type StoredWebhookDelivery } from '@casefile/db';
import { runtime } from '../runtime';
import type { StreamHandler } from '../lambdaHandlers';
import { fanOutWebhookEvents } from '../usecases/webhooks/fanOutWebhookEvents';
import { queueWebhookDelivery } from '../usecases/webhooks/queueWebhookDelivery';
import { inOrder } from './orderedBatch';

/**
 * Webhooks (SPEC P2), in two steps through the table: a change of an appointment, case, invoice,
 * payment or client becomes one delivery per subscribed endpoint (created once per event id), and a
 * delivery marked for the queue (new or replayed) is put on the delivery queue.
 */
async function handleRecord(record: DynamoDBRecord): Promise<void> {
  const rt = runtime();
  const delivery = readEntityImage(record.dynamodb?.NewImage, entities.webhookDelivery);
  if (delivery) {
    await queueWebhookDelivery(rt, delivery as StoredWebhookDelivery);
    return;
  }
  for (const entity of WEBHOOK_SOURCE_ENTITIES) {
    const after = readSource(entity, record.dynamodb?.NewImage);
    if (!after || !record.eventID) continue;
    await fanOutWebhookEvents(rt, {
      entity,
      before: readSource(entity, record.dynamodb?.OldImage),
      after,
      clinicId: String(after.clinicId),
      recordId: record.eventID,
      changedAt: changedAt(record, after),
    });
    return;
  }
}

type Image = Parameters<typeof readEntityImage>[0];

/** A stream image as a plain record of the source entity, or undefined when it belongs to another one. */
function readSource(entity: WebhookSourceEntity, image: Image): Record<string, unknown> | undefined {
  switch (entity) {
    case 'appointment':
      return readEntityImage(image, entities.appointment);
    case 'caseFile':
      return readEntityImage(image, entities.caseFile);
    case 'invoice':
      return readEntityImage(image, entities.invoice);
    case 'payment':
      return readEntityImage(image, entities.payment);
    case 'client':
      return readEntityImage(image, entities.client);
  }
}

function changedAt(record: DynamoDBRecord, after: Record<string, unknown>): Date {
  const stamped = typeof after.updatedAt === 'string' ? after.updatedAt : typeof after.statusChangedAt === 'string' ? after.statusChangedAt : undefined;
  return stamped ? new Date(stamped) : new Date((record.dynamodb?.ApproximateCreationDateTime ?? Date.now() / 1000) * 1000);
}

export const handler: StreamHandler = inOrder('webhooks', handleRecord);
