/**
 * One delivery attempt of one event to one endpoint (SPEC P2), run for each queue message. A message
 * whose attempt was made already, or that belongs to an older replay round, does nothing, so a
 * duplicated message sends nothing twice. A failed attempt queues the next one per core's backoff;
 * after the last, the delivery has failed and the endpoint is disabled, its owners told by mail.
 */
import { activeSecrets, isDeliveredStatus, nextWebhookAttempt, type WebhookAttempt } from '@casefile/core';
import { signWebhook } from '@casefile/adapters/webhooks/signature';
import type { WebhookDeliveryMessage } from '@casefile/adapters/webhooks/webhookQueue';
import type { StoredWebhookDelivery, StoredWebhookEndpoint } from '@casefile/db';
import { webhookDelivery } from '../../ports/webhooks';
import type { Runtime } from '../../runtime';
import { mailOwnersEndpointDisabled } from './endpointDisabledMail';
import { webhookSystemRepositories } from './webhookRepos';

export type DeliveryStep = 'stale' | 'delivered' | 'retrying' | 'failed';

export async function deliverWebhook(rt: Runtime, message: WebhookDeliveryMessage): Promise<DeliveryStep> {
  const port = webhookDelivery();
  const now = rt.clock.now();
  const repos = webhookSystemRepositories(rt, message.clinicId);
  const delivery = await repos.webhooks.getDelivery(message.endpointId, message.eventId);
  if (!delivery || !isThisAttempt(delivery, message)) return 'stale';
  const endpoint = (await repos.webhooks.listEndpoints()).find((candidate) => candidate.endpointId === message.endpointId);
  if (!endpoint || endpoint.state !== 'enabled') {
    await repos.webhooks.recordAttempt(delivery, { attempt: { at: now.toISOString(), round: delivery.replays, error: 'endpoint_disabled', durationMs: 0 }, state: 'failed' });
    return 'failed';
  }

  const secrets = activeSecrets(endpoint.secrets, now.getTime()).map((secret) => secret.secret);
  const headers = signWebhook({ id: delivery.eventId, timestampSeconds: now.getTime() / 1000, body: delivery.body }, secrets);
  const sent = await port.send({ url: endpoint.url, headers: { ...headers }, body: delivery.body, policy: port.policy });
  const attempt: WebhookAttempt = { at: now.toISOString(), round: delivery.replays, durationMs: sent.durationMs, ...('statusCode' in sent ? { statusCode: sent.statusCode } : { error: sent.error }) };

  if ('statusCode' in sent && isDeliveredStatus(sent.statusCode)) {
    await repos.webhooks.recordAttempt(delivery, { attempt, state: 'delivered' });
    return 'delivered';
  }
  const attemptsThisRound = delivery.attempts.filter((earlier) => earlier.round === delivery.replays).length + 1;
  const decision = nextWebhookAttempt(attemptsThisRound);
  if ('retryInSeconds' in decision) {
    const nextAttemptAt = new Date(now.getTime() + decision.retryInSeconds * 1000).toISOString();
    if (!(await repos.webhooks.recordAttempt(delivery, { attempt, state: 'pending', nextAttemptAt }))) return 'stale';
    await port.queue.enqueue({ ...message, attempt: message.attempt + 1, notBefore: nextAttemptAt }, now);
    return 'retrying';
  }
  if (!(await repos.webhooks.recordAttempt(delivery, { attempt, state: 'failed' }))) return 'stale';
  await disableFailingEndpoint(rt, endpoint, delivery);
  return 'failed';
}

/** The message makes the next attempt of the delivery's current round. */
function isThisAttempt(delivery: StoredWebhookDelivery, message: WebhookDeliveryMessage): boolean {
  return delivery.state === 'pending' && delivery.replays === message.replays && delivery.attempts.length + 1 === message.attempt;
}

async function disableFailingEndpoint(rt: Runtime, endpoint: StoredWebhookEndpoint, delivery: StoredWebhookDelivery): Promise<void> {
  const repos = webhookSystemRepositories(rt, endpoint.clinicId);
  const reason = `Disabled after every attempt to deliver ${delivery.eventId} failed for more than a day.`;
  if (!(await repos.webhooks.disableEndpoint(endpoint.endpointId, reason))) return;
  try {
    await mailOwnersEndpointDisabled(rt, repos, endpoint, reason);
  } catch (error) {
    // The endpoint shows its state and reason in the console either way; a lost mail is logged, not retried.
    rt.logger.error('webhook disabled mail failed', { errorName: error instanceof Error ? error.name : 'unknown' });
  }
}
