/** The webhook routes (SPEC P2), as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import * as z from 'zod';
import {
  createdWebhookEndpointSchema,
  createWebhookEndpointSchema,
  idParamsSchema,
  pageOf,
  updateWebhookEndpointSchema,
  webhookDeliveryQuerySchema,
  webhookDeliverySchema,
  webhookEndpointSchema,
  webhookEventIdSchema,
  webhookSecretSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

const endpointListSchema = z.object({ items: z.array(webhookEndpointSchema) }).meta({ id: 'WebhookEndpointList' });
const replayBodySchema = z.strictObject({ eventId: webhookEventIdSchema });

export const webhooksRoutes = defineRoutes('webhooks', {
  listWebhookEndpoints: { method: 'GET', path: '/api/webhooks', auth: 'staff', action: 'webhooks:manage', summary: "The clinic's webhook endpoints.", response: endpointListSchema },
  createWebhookEndpoint: { method: 'POST', path: '/api/webhooks', auth: 'staff', action: 'webhooks:manage', summary: 'Register an endpoint for some event types; the answer carries its signing secret, shown only then.', body: createWebhookEndpointSchema, response: createdWebhookEndpointSchema, status: 201 },
  getWebhookEndpoint: { method: 'GET', path: '/api/webhooks/{id}', auth: 'staff', action: 'webhooks:manage', summary: 'One webhook endpoint (never its secret).', params: idParamsSchema, response: webhookEndpointSchema },
  updateWebhookEndpoint: { method: 'PATCH', path: '/api/webhooks/{id}', auth: 'staff', action: 'webhooks:manage', summary: 'Change its URL or event types, or enable or disable it.', params: idParamsSchema, body: updateWebhookEndpointSchema, response: webhookEndpointSchema },
  deleteWebhookEndpoint: { method: 'DELETE', path: '/api/webhooks/{id}', auth: 'staff', action: 'webhooks:manage', summary: 'Remove an endpoint; nothing more is delivered to it.', params: idParamsSchema, status: 204 },
  rotateWebhookSecret: { method: 'POST', path: '/api/webhooks/{id}/rotate-secret', auth: 'staff', action: 'webhooks:manage', summary: 'A new signing secret; the previous one keeps signing beside it for 24 hours.', params: idParamsSchema, response: webhookSecretSchema },
  listWebhookDeliveries: { method: 'GET', path: '/api/webhooks/{id}/deliveries', auth: 'staff', action: 'webhooks:manage', summary: "The endpoint's delivery log, newest event first, with every attempt's response code.", params: idParamsSchema, query: webhookDeliveryQuerySchema, response: pageOf(webhookDeliverySchema, 'WebhookDeliveryPage') },
  replayWebhookDelivery: { method: 'POST', path: '/api/webhooks/{id}/replay', auth: 'staff', action: 'webhooks:manage', summary: 'Send one event again (same id and body), in a new round of attempts.', params: idParamsSchema, body: replayBodySchema, response: webhookDeliverySchema, status: 202 },
});
