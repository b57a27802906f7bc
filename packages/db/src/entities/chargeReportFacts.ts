import { Entity, type EntityItem } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * Where a charge's revenue is reported (R3: its appointment's location and session, its case's
 * referral source, its payer's kind), recorded once (`attribute_not_exists`) when the rollups first
 * see the charge, never changed after: every later image of the charge is counted under the same
 * bucket, so a delta always takes back exactly what an earlier one added.
 */
export const ChargeReportFactsEntity = new Entity({
  model: { entity: 'chargeReportFacts', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    chargeId: { type: 'string', required: true, readOnly: true },
    locationId: { type: 'string', required: true, readOnly: true },
    sessionId: { type: 'string', required: true, readOnly: true },
    referralSource: { type: 'string', required: true, readOnly: true },
    payerKind: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    /** One partition per clinic: a rebuild reads every charge's facts with one Query. */
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['chargeId'] } },
  },
});

export type StoredChargeReportFacts = EntityItem<typeof ChargeReportFactsEntity>;
