import { CustomAttributeType, Entity } from 'electrodb';
import { WEBHOOK_DELIVERY_STATES, type WebhookAttempt } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * One event for one endpoint (SPEC P2): created once per event id with a conditional create, so a
 * redelivered stream record queues nothing twice; its attempts are the delivery log. The body is kept
 * as the exact bytes signed and sent, so every retry and replay sends the same payload.
 * `needsEnqueue` marks a delivery the webhooks consumer must put on the delivery queue (new or
 * replayed): the table is the outbox, the stream its relay.
 */
export const WebhookDeliveryEntity = new Entity({
  model: { entity: 'webhookDelivery', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    endpointId: { type: 'string', required: true, readOnly: true },
    eventId: { type: 'string', required: true, readOnly: true },
    eventType: { type: 'string', required: true, readOnly: true },
    body: { type: 'string', required: true, readOnly: true },
    state: { type: WEBHOOK_DELIVERY_STATES, required: true },
    attempts: { type: CustomAttributeType<WebhookAttempt[]>('any'), required: true },
    nextAttemptAt: { type: 'string' },
    /** Bumped by a manual replay: queued messages of an older round are then ignored. */
    replays: { type: 'number', required: true },
    needsEnqueue: { type: 'boolean', required: true },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'endpointId'] }, sk: { field: 'sk', composite: ['eventId'] } },
  },
});
