import * as z from 'zod';
import { WEBHOOK_EVENT_TYPES } from '../webhooks/eventTypes';
import { instantSchema, pageQuerySchema, shortTextSchema, ulidSchema } from './common';

export const webhookEventTypeSchema = z.enum(WEBHOOK_EVENT_TYPES).meta({ id: 'WebhookEventType' });

/** An absolute http(s) URL without credentials; whether its host may be reached is decided at registration and at every delivery. */
export const webhookUrlSchema = z
  .url({ protocol: /^https?$/ })
  .max(2048)
  // zod runs refinements after a failed format check too: a value that is no URL was already refused above.
  .refine((value) => {
    if (!URL.canParse(value)) return true;
    const url = new URL(value);
    return url.username === '' && url.password === '';
  }, 'Must not carry credentials.')
  .meta({ description: 'Where events are POSTed. HTTPS in AWS; private, loopback and link-local addresses are refused there.' });

const eventTypesSchema = z
  .array(webhookEventTypeSchema)
  .min(1)
  .max(WEBHOOK_EVENT_TYPES.length)
  .refine((types) => new Set(types).size === types.length, 'Must not repeat an event type.');

export const createWebhookEndpointSchema = z.strictObject({
  url: webhookUrlSchema,
  eventTypes: eventTypesSchema,
  description: shortTextSchema.optional(),
});

export const updateWebhookEndpointSchema = z.strictObject({
  url: webhookUrlSchema.optional(),
  eventTypes: eventTypesSchema.optional(),
  description: shortTextSchema.optional(),
  /** Re-enabling an endpoint that was disabled after persistent failures clears its failure streak. */
  enabled: z.boolean().optional(),
});

export const WEBHOOK_ENDPOINT_STATES = ['enabled', 'disabled'] as const;

export const webhookEndpointSchema = z
  .object({
    endpointId: ulidSchema,
    url: z.string(),
    eventTypes: z.array(webhookEventTypeSchema),
    description: z.string().optional(),
    state: z.enum(WEBHOOK_ENDPOINT_STATES),
    disabledReason: z.string().optional(),
    secretRotatedAt: instantSchema,
    createdAt: instantSchema,
    updatedAt: instantSchema,
  })
  .meta({ id: 'WebhookEndpoint' });

export const webhookSecretSchema = z
  .object({
    endpointId: ulidSchema,
    secret: z.string().meta({ description: 'The signing secret (`whsec_` + base64), shown only now.' }),
    previousSecretValidUntil: instantSchema.optional().meta({ description: 'Until then deliveries carry a signature with the previous secret as well.' }),
  })
  .meta({ id: 'WebhookSecret' });

export const createdWebhookEndpointSchema = z
  .object({ endpoint: webhookEndpointSchema, secret: z.string().meta({ description: 'The signing secret (`whsec_` + base64), shown only now.' }) })
  .meta({ id: 'CreatedWebhookEndpoint' });

export const WEBHOOK_DELIVERY_STATES = ['pending', 'delivered', 'failed'] as const;

export const webhookAttemptSchema = z
  .object({
    at: instantSchema,
    round: z.number().int().meta({ description: '0 for the automatic attempts, then one more per manual replay.' }),
    statusCode: z.number().int().optional(),
    error: z.string().optional().meta({ description: 'Why no response was had: blocked_address, dns, timeout, network or endpoint_disabled.' }),
    durationMs: z.number().int(),
  })
  .meta({ id: 'WebhookAttempt' });

export const webhookDeliverySchema = z
  .object({
    endpointId: ulidSchema,
    eventId: z.string().meta({ description: 'The `webhook-id` header: the same on every attempt and replay of this event.' }),
    eventType: webhookEventTypeSchema,
    state: z.enum(WEBHOOK_DELIVERY_STATES),
    attempts: z.array(webhookAttemptSchema),
    nextAttemptAt: instantSchema.optional(),
    replays: z.number().int(),
    createdAt: instantSchema,
    /** Its last attempt, replay or change of state: what `updatedSince` on the log compares. */
    updatedAt: instantSchema,
  })
  .meta({ id: 'WebhookDelivery' });

export const webhookEventIdSchema = z.string().regex(/^msg_[0-9a-z]{9}[0-9a-f]{16}$/, 'Must be a webhook event id.');
export const webhookDeliveryQuerySchema = pageQuerySchema;

export type CreateWebhookEndpoint = z.infer<typeof createWebhookEndpointSchema>;
export type UpdateWebhookEndpoint = z.infer<typeof updateWebhookEndpointSchema>;
export type WebhookEndpoint = z.infer<typeof webhookEndpointSchema>;
export type WebhookDelivery = z.infer<typeof webhookDeliverySchema>;
export type WebhookAttempt = z.infer<typeof webhookAttemptSchema>;
