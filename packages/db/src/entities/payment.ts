import { CustomAttributeType, Entity } from 'electrodb';
import { PAYMENT_METHODS, type PaymentRecord } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** A payment (B5): money received (and/or credit used), allocated to invoices; refunds inside. */
export const PaymentEntity = new Entity({
  model: { entity: 'payment', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    paymentId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    amountMinor: { type: 'number', required: true },
    method: { type: PAYMENT_METHODS, required: true },
    fromCreditMinor: { type: 'number', required: true },
    toCreditMinor: { type: 'number', required: true },
    allocations: { type: CustomAttributeType<PaymentRecord['allocations']>('any'), required: true },
    refundedMinor: { type: 'number', required: true },
    refunds: { type: CustomAttributeType<PaymentRecord['refunds']>('any'), required: true },
    reference: { type: 'string' },
    receivedOn: { type: 'string', required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'paymentId'] }, sk: { field: 'sk', composite: [] } },
    byClient: { index: 'gsi1', pk: { field: 'gsi1pk', composite: ['clinicId', 'clientId'] }, sk: { field: 'gsi1sk', composite: ['paymentId'] } },
  },
});
