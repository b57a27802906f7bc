/** The events a clinic can subscribe an endpoint to (SPEC P2). Names follow Standard Webhooks' `<group>.<event>` style. */
export const WEBHOOK_EVENT_TYPES = [
  'appointment.booked',
  'appointment.moved',
  'appointment.status_changed',
  'appointment.canceled',
  'case.opened',
  'case.closed',
  'invoice.issued',
  'invoice.paid',
  'payment.created',
  'client.created',
  'client.updated',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The stored entities whose changes become events (the webhooks stream consumer's filter). */
export const WEBHOOK_SOURCE_ENTITIES = ['appointment', 'caseFile', 'invoice', 'payment', 'client'] as const;
export type WebhookSourceEntity = (typeof WEBHOOK_SOURCE_ENTITIES)[number];
