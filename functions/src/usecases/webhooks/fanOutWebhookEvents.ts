/**
 * A stored change, as webhook deliveries: core says which events it means, and each enabled endpoint
 * subscribed to an event gets one delivery, created once per event id (a redelivered stream record
 * finds them there). Creating the delivery is all: the consumer queues it when its own record comes by.
 */
import { createHash } from 'node:crypto';
import { type SourceChange, webhookEventId, webhookEventsFor } from '@casefile/core';
import type { Runtime } from '../../runtime';
import { webhookSystemRepositories } from './webhookRepos';

export interface ChangeRecord extends SourceChange {
  clinicId: string;
  /** The stream record's id: with the event type, it names the event. */
  recordId: string;
  changedAt: Date;
}

/** How many deliveries were created now. */
export async function fanOutWebhookEvents(rt: Runtime, change: ChangeRecord): Promise<number> {
  const events = webhookEventsFor(change);
  if (events.length === 0) return 0;
  const repos = webhookSystemRepositories(rt, change.clinicId);
  const endpoints = (await repos.webhooks.listEndpoints()).filter((endpoint) => endpoint.state === 'enabled');
  let created = 0;
  for (const event of events) {
    const subscribed = endpoints.filter((endpoint) => endpoint.eventTypes.includes(event.type));
    if (subscribed.length === 0) continue;
    const digest = createHash('sha256').update(`${change.recordId}|${event.type}`).digest('hex');
    const eventId = webhookEventId(change.changedAt.getTime(), digest);
    const body = JSON.stringify({ type: event.type, timestamp: change.changedAt.toISOString(), data: event.data });
    for (const endpoint of subscribed) {
      if (await repos.webhooks.createDeliveryOnce({ endpointId: endpoint.endpointId, eventId, eventType: event.type, body })) created++;
    }
  }
  return created;
}
