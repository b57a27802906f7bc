import { CustomAttributeType, Entity } from 'electrodb';
import type { Authorization, Payer } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

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
    payers: { type: CustomAttributeType<Payer[]>('any'), required: true },
    authorizations: { type: CustomAttributeType<Omit<Authorization, 'remainingVisits'>[]>('any'), required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'caseId'] }, sk: { field: 'sk', composite: [] } },
  },
});
