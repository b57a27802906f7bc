/**
 * Time taken again by staff (or anyone) withdraws the open openings it overlaps, and with them every
 * offer still waiting: their expiry schedules are deleted and their links no longer book (SPEC A9).
 */
import { offerExpiryScheduleName, type OpeningSpan } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { scheduling } from '../../ports/scheduling';

export async function withdrawOpenings(repos: ClinicRepositories, span: OpeningSpan): Promise<number> {
  let withdrawn = 0;
  for (const opening of await repos.waitlist.openOpeningsOverlapping(span.calendarId, span.start, span.end)) {
    if (!(await repos.waitlist.setOpeningStatus(opening.openingId, 'open', 'withdrawn'))) continue;
    withdrawn += 1;
    await withdrawOffers(repos, opening.openingId);
  }
  return withdrawn;
}

export async function withdrawOffers(repos: ClinicRepositories, openingId: string): Promise<void> {
  const { scheduler, scheduleGroup } = scheduling();
  for (const offer of await repos.waitlist.offersOfOpening(openingId)) {
    if (offer.status !== 'offered') continue;
    if (await repos.waitlist.setOfferStatus(openingId, offer.entryId, 'offered', 'withdrawn')) await scheduler.deleteSchedule(offerExpiryScheduleName(offer.offerId), scheduleGroup);
  }
}
