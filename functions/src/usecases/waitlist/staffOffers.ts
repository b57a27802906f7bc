/**
 * Staff and the waitlist (SPEC A9): the entries any open slot suits (checked bookable now), and an
 * opening offered by hand to one entry, through the same claim, mail and expiry as automatic offers.
 */
import { ConflictError, DomainError, type WaitlistMatch } from '@casefile/core';
import type { ClinicRepositories, StoredWaitlistOffer } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { requireReference } from '../references';
import { openingMatches } from './openingMatches';
import { sendOffer } from './sendOffer';
import { waitlistSettings } from './waitlistSettings';

export async function findSlotMatches(repos: ClinicRepositories, runtime: Runtime, slot: { calendarId: string; start: string; end: string }): Promise<WaitlistMatch[]> {
  await requireReference(repos.calendars.get(slot.calendarId), 'calendarId', 'calendar');
  return (await openingMatches(repos, runtime, slot)).matches;
}

export async function offerByHand(repos: ClinicRepositories, runtime: Runtime, request: { entryId: string; calendarId: string; start: string }): Promise<StoredWaitlistOffer> {
  const entry = await requireReference(repos.waitlist.getEntry(request.entryId), 'entryId', 'waitlist entry');
  if (entry.status !== 'active') throw new ConflictError(`Only active waitlist entries are offered time; this one is ${entry.status}.`, 'entry_not_active');
  await requireReference(repos.calendars.get(request.calendarId), 'calendarId', 'calendar');
  const session = await repos.sessions.get(entry.sessionId);
  const start = new Date(request.start).toISOString();
  const span = { calendarId: request.calendarId, start, end: new Date(Date.parse(start) + session.durationMinutes * 60_000).toISOString() };
  // Staff may offer outside the entry's windows and dates; the time itself must be bookable now.
  const found = await openingMatches(repos, runtime, span, [{ ...entry, windows: [], earliestDate: undefined, latestDate: undefined }]);
  const match = found.matches.find((candidate) => candidate.start === start);
  if (!match) throw new ConflictError('That time cannot be booked for this entry now.', 'slot_taken');
  const openingId = runtime.newId();
  await repos.waitlist.createOpening({ openingId, ...span, source: 'staff' });
  const opening = await repos.waitlist.getOpening(openingId);
  // A client with no address that takes mail gets the offer recorded as expired: staff see it was not sent.
  try {
    await sendOffer(repos, runtime, opening!, match, { timeZone: found.timeZone, providerName: found.calendar.name, settings: waitlistSettings(), locationId: found.calendar.locationId });
  } catch (error) {
    // Nothing was offered: the opening made for it goes too, and staff are told to try again.
    await repos.waitlist.setOpeningStatus(openingId, 'open', 'withdrawn');
    const name = error instanceof Error ? error.name : typeof error;
    throw new DomainError('unavailable', `The offer could not be sent (${name}); nothing was offered. Try again shortly.`, { code: 'send_failed' }, { cause: error });
  }
  const offer = await repos.waitlist.getOffer(openingId, entry.entryId);
  return offer!;
}
