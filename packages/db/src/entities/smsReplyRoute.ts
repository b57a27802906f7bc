import { Entity } from 'electrodb';
import { SERVICE } from './shared';

/**
 * Beside the clinic slug, the other item not under a clinic's partition: which clinic last texted a
 * number, so a reply that reaches the shared origination number is handled by that clinic (SPEC
 * N1-N2). Overwritten on every text; a number texted by two clinics answers the later one.
 */
export const SmsReplyRouteEntity = new Entity({
  model: { entity: 'smsReplyRoute', version: '1', service: SERVICE },
  attributes: {
    /** The number normalized as client search normalizes it. */
    phoneKey: { type: 'string', required: true, readOnly: true },
    clinicId: { type: 'string', required: true },
    at: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['phoneKey'] }, sk: { field: 'sk', composite: [] } },
  },
});
