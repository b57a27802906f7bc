import { CustomAttributeType, Entity } from 'electrodb';
import { AUDITED_ENTITY_TYPES, AUDIT_ACTIONS, type AuditEvent } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/** Immutable: written once by the audit consumer (create = attribute_not_exists), never updated. */
export const AuditEventEntity = new Entity({
  model: { entity: 'auditEvent', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    auditId: { type: 'string', required: true, readOnly: true },
    entityType: { type: AUDITED_ENTITY_TYPES, required: true, readOnly: true },
    entityId: { type: 'string', required: true, readOnly: true },
    action: { type: AUDIT_ACTIONS, required: true, readOnly: true },
    at: { type: 'string', required: true, readOnly: true },
    actor: { type: 'string', required: true, readOnly: true },
    changes: { type: CustomAttributeType<AuditEvent['changes']>('any'), required: true },
  },
  indexes: {
    primary: {
      pk: { field: 'pk', composite: ['clinicId', 'entityType', 'entityId'] },
      sk: { field: 'sk', composite: ['at', 'auditId'] },
    },
  },
});
