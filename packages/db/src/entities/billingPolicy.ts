import { Entity } from 'electrodb';
import { anyAttribute, clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** The clinic's billing policy (currency, tax rates, fee items, authorization rules, terms): one item per clinic. */
export const BillingPolicyEntity = new Entity({
  model: { entity: 'billingPolicy', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    policy: anyAttribute,
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: [] } },
  },
});
