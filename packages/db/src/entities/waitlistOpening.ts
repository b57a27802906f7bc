import { Entity, type EntityItem } from 'electrodb';
import { WAITLIST_OPENING_STATUSES } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * Time that opened on a calendar (SPEC A9), created once per change that freed it (its id is derived
 * from that change, so a redelivered record finds it). Open until an offer is accepted (filled) or
 * staff take the time (withdrawn); its offers live under it.
 */
export const WaitlistOpeningEntity = new Entity({
  model: { entity: 'waitlistOpening', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    openingId: { type: 'string', required: true, readOnly: true },
    calendarId: { type: 'string', required: true, readOnly: true },
    start: { type: 'string', required: true, readOnly: true },
    end: { type: 'string', required: true, readOnly: true },
    /** What freed it: `appointment`, `shift`, `timeBlock`, or `staff` for a manual offer. */
    source: { type: 'string', required: true, readOnly: true },
    status: { type: WAITLIST_OPENING_STATUSES, required: true },
    acceptedEntryId: { type: 'string' },
    createdAt: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'openingId'] }, sk: { field: 'sk', composite: [] } },
    /** A calendar's openings by start: what a visit booked into the time withdraws. */
    byCalendar: {
      index: 'gsi1',
      pk: { field: 'gsi1pk', composite: ['clinicId', 'calendarId'] },
      sk: { field: 'gsi1sk', composite: ['start', 'openingId'] },
    },
  },
});

export type StoredWaitlistOpening = EntityItem<typeof WaitlistOpeningEntity>;
