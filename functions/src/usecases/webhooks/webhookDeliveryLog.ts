import { ConflictError, NotFoundError } from '@casefile/core';
import type { StaffContext } from '../context';
import { toWebhookDelivery } from './webhookEndpointView';

/** One endpoint's delivery log, newest event first. */
export async function listWebhookDeliveries({ repos }: StaffContext, endpointId: string, page: { limit: number; cursor?: string | undefined }) {
  await repos.webhooks.getEndpoint(endpointId);
  const result = await repos.webhooks.listDeliveries(endpointId, { limit: page.limit, ...(page.cursor ? { cursor: page.cursor } : {}) });
  return { items: result.items.map(toWebhookDelivery), nextCursor: result.nextCursor };
}

/**
 * Sends an event again (a manual replay): a new round of attempts with the same event id and body,
 * so a receiver that processed it already recognizes it. The webhooks consumer queues it.
 */
export async function replayWebhookDelivery({ repos }: StaffContext, endpointId: string, eventId: string) {
  const endpoint = await repos.webhooks.getEndpoint(endpointId);
  if (endpoint.state !== 'enabled') throw new ConflictError('Enable the endpoint before replaying its events.', 'endpoint_disabled');
  const delivery = await repos.webhooks.getDelivery(endpointId, eventId);
  if (!delivery) throw new NotFoundError('Webhook delivery');
  if (!(await repos.webhooks.replay(delivery))) throw new ConflictError('The delivery was replayed by someone else at the same time.', 'concurrent_change');
  const replayed = await repos.webhooks.getDelivery(endpointId, eventId);
  return toWebhookDelivery(replayed ?? delivery);
}

export async function deleteWebhookEndpoint({ repos }: StaffContext, endpointId: string): Promise<void> {
  if (!(await repos.webhooks.removeEndpoint(endpointId))) throw new NotFoundError('Webhook endpoint');
}
