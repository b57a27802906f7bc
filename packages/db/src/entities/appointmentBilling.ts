import { CustomAttributeType, Entity } from 'electrodb';
import type { AppointmentBillingRecord } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/**
 * What billing has done for one appointment: the charges of its current arrival or fee, and the
 * authorization it consumed. The charge consumer reconciles it with the appointment's status under
 * its version, so redelivered or reordered stream records converge on one set of charges.
 */
export const AppointmentBillingEntity = new Entity({
  model: { entity: 'appointmentBilling', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    appointmentId: { type: 'string', required: true, readOnly: true },
    /** null once billing was undone (or when the status never called for any). */
    active: { type: CustomAttributeType<AppointmentBillingRecord['active']>('any') },
    history: { type: CustomAttributeType<AppointmentBillingRecord['history']>('any'), required: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'appointmentId'] }, sk: { field: 'sk', composite: [] } },
  },
});
