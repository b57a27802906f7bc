/**
 * Who is offered an opening next (SPEC A9): up to `batchSize` people at once, in match order, never
 * anyone offered this opening before (whatever came of it), and nobody once it is filled or withdrawn.
 * An expired offer frees its place in the batch, so the next person is offered: the cascade.
 */
import type { WaitlistMatch } from './matching';
import type { WaitlistOfferStatus, WaitlistOpeningStatus } from './schemas';

export const DEFAULT_OFFER_BATCH_SIZE = 3;
export const DEFAULT_OFFER_MINUTES = 120;

export interface OfferState {
  entryId: string;
  status: WaitlistOfferStatus;
  expiresAt: string;
}

export function planOfferRound(input: {
  openingStatus: WaitlistOpeningStatus;
  matches: readonly WaitlistMatch[];
  offers: readonly OfferState[];
  batchSize: number;
  now: string;
}): WaitlistMatch[] {
  if (input.openingStatus !== 'open') return [];
  const waiting = input.offers.filter((offer) => offer.status === 'offered' && offer.expiresAt > input.now).length;
  const asked = new Set(input.offers.map((offer) => offer.entryId));
  return input.matches.filter((match) => !asked.has(match.entryId)).slice(0, Math.max(0, input.batchSize - waiting));
}

/** An offer expires after the clinic's offer time, but never after the visit would have started. */
export function offerExpiry(now: string, start: string, offerMinutes: number): string {
  return new Date(Math.min(Date.parse(now) + offerMinutes * 60_000, Date.parse(start))).toISOString();
}

/** The one-time schedule of one offer's expiry (names allow letters, digits, - _ .). */
export function offerExpiryScheduleName(offerId: string): string {
  return `waitlist-offer-${offerId.replace(/[^A-Za-z0-9_.-]/g, '_')}`.slice(0, 64);
}
