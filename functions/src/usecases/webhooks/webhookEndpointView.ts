import type { WebhookDelivery, WebhookEndpoint } from '@casefile/core';
import type { StoredWebhookDelivery, StoredWebhookEndpoint } from '@casefile/db';

/** An endpoint as the API shows it: never its secrets. */
export function toWebhookEndpoint(stored: StoredWebhookEndpoint): WebhookEndpoint {
  return {
    endpointId: stored.endpointId,
    url: stored.url,
    eventTypes: stored.eventTypes,
    ...(stored.description ? { description: stored.description } : {}),
    state: stored.state,
    ...(stored.disabledReason ? { disabledReason: stored.disabledReason } : {}),
    secretRotatedAt: stored.secretRotatedAt,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}

/** A delivery as the log shows it: the body stays stored (the event's payload is in the receiver's hands). */
export function toWebhookDelivery(stored: StoredWebhookDelivery): WebhookDelivery {
  return {
    endpointId: stored.endpointId,
    eventId: stored.eventId,
    eventType: stored.eventType as WebhookDelivery['eventType'],
    state: stored.state,
    attempts: stored.attempts,
    ...(stored.nextAttemptAt ? { nextAttemptAt: stored.nextAttemptAt } : {}),
    replays: stored.replays,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
  };
}
