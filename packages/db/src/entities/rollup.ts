import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { ROLLUP_FAMILIES, type RollupCounter } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

const counter = { type: 'number' } as const;

/**
 * One report bucket (R1-R5): a family's counters for one clinic-local day and one group. Kept by the
 * rollups stream consumer with ADD (never read-modify-write), so concurrent records only add up;
 * `revision` counts the writes, so a rebuild can replace a bucket only if nothing was added meanwhile.
 */
export const RollupEntity = new Entity({
  model: { entity: 'rollup', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    family: { type: ROLLUP_FAMILIES, required: true, readOnly: true },
    day: { type: 'string', required: true, readOnly: true },
    /** The family's dimension values joined in order (see core's groupKey). */
    groupKey: { type: 'string', required: true, readOnly: true },
    dims: { type: CustomAttributeType<Record<string, string>>('any') },
    revision: { type: 'number' },
    visits: counter,
    booked: counter,
    confirmed: counter,
    arrived: counter,
    paid: counter,
    noShow: counter,
    canceled: counter,
    lateCanceled: counter,
    rebooked: counter,
    bookedMinutes: counter,
    charges: counter,
    chargedMinor: counter,
    invoices: counter,
    invoicedMinor: counter,
    outstandingMinor: counter,
    writtenOffMinor: counter,
    receivedMinor: counter,
    refundedMinor: counter,
    cases: counter,
    attended: counter,
    authorizations: counter,
    authorizedVisits: counter,
    usedVisits: counter,
    nearExhaustion: counter,
  },
  indexes: {
    /** A family's buckets by day then group: a period is one Query, days x groups items. */
    primary: { pk: { field: 'pk', composite: ['clinicId', 'family'] }, sk: { field: 'sk', composite: ['day', 'groupKey'] } },
  },
});

export type StoredRollup = EntityItem<typeof RollupEntity>;

/** Compile-time check that every counter core defines has an attribute here. */
type MissingCounters = Exclude<RollupCounter, keyof StoredRollup>;
export const EVERY_COUNTER_STORED: [MissingCounters] extends [never] ? true : never = true;
