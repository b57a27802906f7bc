/** Puts a new or replayed delivery on the delivery queue (the relay of the table's outbox), then clears its mark. */
import type { StoredWebhookDelivery } from '@casefile/db';
import { webhookDelivery } from '../../ports/webhooks';
import type { Runtime } from '../../runtime';
import { webhookSystemRepositories } from './webhookRepos';

export async function queueWebhookDelivery(rt: Runtime, delivery: StoredWebhookDelivery): Promise<void> {
  if (!delivery.needsEnqueue || delivery.state !== 'pending') return;
  const now = rt.clock.now();
  await webhookDelivery().queue.enqueue(
    {
      clinicId: delivery.clinicId,
      endpointId: delivery.endpointId,
      eventId: delivery.eventId,
      replays: delivery.replays,
      attempt: delivery.attempts.length + 1,
      notBefore: now.toISOString(),
    },
    now,
  );
  await webhookSystemRepositories(rt, delivery.clinicId).webhooks.markEnqueued(delivery.endpointId, delivery.eventId, delivery.replays);
}
