import { Entity } from 'electrodb';
import { anyAttribute, clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * A case's payers (K4) and authorizations (K5), in one item: a handful of each, read with one GetItem
 * and changed under one version, so an arrival consuming a visit and a desk edit cannot lose either write.
 */
export const CaseBillingEntity = new Entity({
  model: { entity: 'caseBilling', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    caseId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    payers: anyAttribute,
    authorizations: anyAttribute,
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'sk', composite: [] } },
  },
});
