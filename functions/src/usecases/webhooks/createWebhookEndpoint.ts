import type { CreateWebhookEndpoint } from '@casefile/core';
import { newWebhookSecret } from '@casefile/adapters/webhooks/signature';
import type { StaffContext } from '../context';
import { toWebhookEndpoint } from './webhookEndpointView';
import { assertDeliverableUrl } from './webhookTarget';

/** Registers an endpoint with a fresh signing secret, shown in this answer only. */
export async function createWebhookEndpoint({ repos, runtime }: StaffContext, input: CreateWebhookEndpoint) {
  assertDeliverableUrl(input.url);
  const secret = newWebhookSecret();
  const stored = await repos.webhooks.createEndpoint({
    url: input.url,
    eventTypes: input.eventTypes,
    ...(input.description ? { description: input.description } : {}),
    state: 'enabled',
    secrets: [{ secret }],
    secretRotatedAt: runtime.clock.now().toISOString(),
  });
  return { endpoint: toWebhookEndpoint(stored), secret };
}
