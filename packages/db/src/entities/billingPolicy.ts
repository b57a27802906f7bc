import { CustomAttributeType, Entity } from 'electrodb';
import type { BillingPolicy } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** The clinic's billing policy (currency, tax rates, fee items, authorization rules, terms): one item per clinic. */
export const BillingPolicyEntity = new Entity({
  model: { entity: 'billingPolicy', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    policy: { type: CustomAttributeType<BillingPolicy>('any'), required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: [] } },
  },
});
