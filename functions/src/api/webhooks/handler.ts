import { createApiHandler } from '../../http/createApiHandler';
import { createWebhookEndpoint } from '../../usecases/webhooks/createWebhookEndpoint';
import { rotateWebhookSecret } from '../../usecases/webhooks/rotateWebhookSecret';
import { updateWebhookEndpoint } from '../../usecases/webhooks/updateWebhookEndpoint';
import { deleteWebhookEndpoint, listWebhookDeliveries, replayWebhookDelivery } from '../../usecases/webhooks/webhookDeliveryLog';
import { toWebhookEndpoint } from '../../usecases/webhooks/webhookEndpointView';
import { webhooksRoutes } from './routes';

/** Webhook endpoints, their secrets and delivery logs (SPEC P2). */
export const handler = createApiHandler(webhooksRoutes, {
  listWebhookEndpoints: async ({ repos }) => ({ items: (await repos.webhooks.listEndpoints()).map(toWebhookEndpoint) }),
  createWebhookEndpoint: (input) => createWebhookEndpoint(input, input.body),
  getWebhookEndpoint: async ({ repos, params }) => toWebhookEndpoint(await repos.webhooks.getEndpoint(params.id)),
  updateWebhookEndpoint: (input) => updateWebhookEndpoint(input, input.params.id, input.body),
  deleteWebhookEndpoint: (input) => deleteWebhookEndpoint(input, input.params.id),
  rotateWebhookSecret: (input) => rotateWebhookSecret(input, input.params.id),
  listWebhookDeliveries: (input) => listWebhookDeliveries(input, input.params.id, input.query),
  replayWebhookDelivery: (input) => replayWebhookDelivery(input, input.params.id, input.body.eventId),
});
