import { Entity } from 'electrodb';
import { CHARGE_SOURCES, CHARGE_STATUSES } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE, taxByCodeAttribute } from './shared';

/** A charge on a case file (B2, B3): one priced line for one payer. Never deleted: removed or credited. */
export const ChargeEntity = new Entity({
  model: { entity: 'charge', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    chargeId: { type: 'string', required: true, readOnly: true },
    caseId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    payerId: { type: 'string', required: true },
    appointmentId: { type: 'string' },
    /** `appointmentId`, or '' for a charge of no appointment (then it has no gsi2 entry); never read back. */
    appointmentKey: { type: 'string', required: true, hidden: true },
    billingItemId: { type: 'string' },
    source: { type: CHARGE_SOURCES, required: true },
    status: { type: CHARGE_STATUSES, required: true },
    code: { type: 'string', required: true },
    description: { type: 'string', required: true },
    serviceDate: { type: 'string', required: true },
    providerMemberId: { type: 'string' },
    quantity: { type: 'number', required: true },
    unitPriceMinor: { type: 'number', required: true },
    taxCodes: { type: 'list', items: { type: 'string' }, required: true },
    subtotalMinor: { type: 'number', required: true },
    taxByCode: taxByCodeAttribute,
    taxMinor: { type: 'number', required: true },
    totalMinor: { type: 'number', required: true },
    invoiceId: { type: 'string' },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'chargeId'] }, sk: { field: 'sk', composite: [] } },
    /** A case's charges. */
    byCase: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'caseId'] },
      sk: { field: 'gsi1sk', composite: ['chargeId'] },
    },
    /** Sparse: an appointment's charges (settlement, rollbacks). */
    byAppointment: {
      index: 'gsi2',
      condition: (attributes) => Boolean(attributes.appointmentKey),
      pk: { field: 'gsi2pk', composite: ['clinicId', 'appointmentKey'] },
      sk: { field: 'gsi2sk', composite: ['chargeId'] },
    },
  },
});
