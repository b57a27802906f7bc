import { Entity, type EntityItem } from 'electrodb';
import { WAITLIST_OFFER_STATUSES } from '@casefile/core';
import { clinicIdAttribute, SERVICE } from './shared';

/**
 * One opening offered to one waitlist entry: created conditionally before the mail goes out, so
 * nobody is offered one opening twice (a redelivered record or a second round finds the claim).
 */
export const WaitlistOfferEntity = new Entity({
  model: { entity: 'waitlistOffer', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    openingId: { type: 'string', required: true, readOnly: true },
    entryId: { type: 'string', required: true, readOnly: true },
    offerId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    calendarId: { type: 'string', required: true, readOnly: true },
    sessionId: { type: 'string', required: true, readOnly: true },
    start: { type: 'string', required: true, readOnly: true },
    end: { type: 'string', required: true, readOnly: true },
    status: { type: WAITLIST_OFFER_STATUSES, required: true },
    expiresAt: { type: 'string', required: true },
    sentAt: { type: 'string', required: true },
    appointmentId: { type: 'string' },
    updatedAt: { type: 'string', required: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'openingId'] }, sk: { field: 'sk', composite: ['entryId'] } },
    /** One entry's offers, newest last. */
    byEntry: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['clinicId', 'entryId'] },
      sk: { field: 'gsi3sk', composite: ['sentAt', 'openingId'] },
    },
  },
});

export type StoredWaitlistOffer = EntityItem<typeof WaitlistOfferEntity>;
