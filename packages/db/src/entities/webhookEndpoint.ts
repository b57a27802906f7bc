import { CustomAttributeType, Entity } from 'electrodb';
import { WEBHOOK_ENDPOINT_STATES } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** A signing secret; a replaced one keeps signing beside the new one until `validUntil`. */
export interface WebhookSigningSecret {
  secret: string;
  validUntil?: string;
}

/**
 * A clinic's webhook endpoint (SPEC P2): where events of the chosen types are POSTed, signed with its
 * secrets. All endpoints of a clinic share one partition: the webhooks consumer reads them with one
 * Query per change. Secrets are stored as the table stores everything, encrypted at rest with the
 * table's key; they never leave the API except when created or rotated.
 */
export const WebhookEndpointEntity = new Entity({
  model: { entity: 'webhookEndpoint', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    endpointId: { type: 'string', required: true, readOnly: true },
    url: { type: 'string', required: true },
    eventTypes: { type: 'list', items: { type: 'string' }, required: true },
    description: { type: 'string' },
    state: { type: WEBHOOK_ENDPOINT_STATES, required: true },
    disabledReason: { type: 'string' },
    secrets: { type: CustomAttributeType<WebhookSigningSecret[]>('any'), required: true },
    secretRotatedAt: { type: 'string', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['endpointId'] } },
  },
});
