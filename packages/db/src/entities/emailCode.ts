import { Entity } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * A one-time code a client asked for to prove an email address before booking online (SPEC O4).
 * Keyed by a hash of the address; only a hash of the code is kept; expires by TTL.
 */
export const EmailCodeEntity = new Entity({
  model: { entity: 'emailCode', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    emailHash: { type: 'string', required: true, readOnly: true },
    codeHash: { type: 'string', required: true },
    /** Wrong codes tried against this one; past the limit it no longer verifies. */
    attempts: { type: 'number', required: true },
    /** Epoch seconds: the code stops verifying then, and DynamoDB deletes it later. */
    expiresAt: { type: 'number', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'emailHash'] }, sk: { field: 'sk', composite: [] } },
  },
});
