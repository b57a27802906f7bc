/**
 * The client's side of an offer (SPEC A9), reached through the signed link: see it, and accept it.
 * The first acceptance of an opening claims it (opening open -> filled, in one transaction with the
 * offer), then books through the double-booking guard; every later one is told the time is taken.
 */
import { isDomainError, NotFoundError } from '@casefile/core';
import type { ClinicRepositories, StoredWaitlistOffer } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { bookAppointment } from '../appointments/bookAppointment';
import { clinicRepositories, publicLinks } from '../public/publicClinicContext';
import { withdrawOffers } from './withdrawOpenings';

export type AcceptOutcome = 'booked' | 'taken' | 'expired';

async function offerOfToken(runtime: Runtime, token: string): Promise<{ repos: ClinicRepositories; offer: StoredWaitlistOffer }> {
  const claims = await (await publicLinks(runtime)).verifyOfferLink(token);
  if (!claims) throw new NotFoundError('Offer');
  const repos = clinicRepositories(runtime, claims.clinicId);
  const offer = await repos.waitlist.getOffer(claims.openingId, claims.entryId);
  if (!offer) throw new NotFoundError('Offer');
  return { repos, offer };
}

async function describe(repos: ClinicRepositories, runtime: Runtime, offer: StoredWaitlistOffer) {
  const [clinic, session, calendar] = await Promise.all([repos.clinic.get(), repos.sessions.get(offer.sessionId), repos.calendars.get(offer.calendarId)]);
  const location = await repos.locations.get(calendar.locationId);
  const lapsed = offer.status === 'offered' && Date.parse(offer.expiresAt) <= runtime.clock.now().getTime();
  return {
    clinicName: clinic.name,
    sessionName: session.name,
    providerName: calendar.name,
    start: offer.start,
    end: offer.end,
    timeZone: location.timeZone,
    status: lapsed ? ('expired' as const) : offer.status,
    expiresAt: offer.expiresAt,
  };
}

export async function viewOffer(runtime: Runtime, token: string) {
  const { repos, offer } = await offerOfToken(runtime, token);
  return describe(repos, runtime, offer);
}

export async function acceptOffer(runtime: Runtime, token: string) {
  const { repos, offer } = await offerOfToken(runtime, token);
  const outcome = await accept(repos, runtime, offer);
  const current = (await repos.waitlist.getOffer(offer.openingId, offer.entryId)) ?? offer;
  return { outcome, offer: await describe(repos, runtime, current) };
}

async function accept(repos: ClinicRepositories, runtime: Runtime, offer: StoredWaitlistOffer): Promise<AcceptOutcome> {
  if (offer.status === 'accepted') return 'booked';
  if (offer.status === 'expired' || (offer.status === 'offered' && Date.parse(offer.expiresAt) <= runtime.clock.now().getTime())) return 'expired';
  if (offer.status !== 'offered') return 'taken';
  if (!(await repos.waitlist.acceptOffer(offer.openingId, offer.entryId))) {
    await repos.waitlist.setOfferStatus(offer.openingId, offer.entryId, 'offered', 'taken');
    const now = await repos.waitlist.getOffer(offer.openingId, offer.entryId);
    return now?.status === 'accepted' ? 'booked' : 'taken';
  }
  const booked = await book(repos, runtime, offer);
  if (!booked) {
    // The time went between the offer and the acceptance: the opening is gone for everyone.
    await repos.waitlist.setOpeningStatus(offer.openingId, 'filled', 'withdrawn');
    await repos.waitlist.setOfferStatus(offer.openingId, offer.entryId, 'accepted', 'taken');
    await withdrawOffers(repos, offer.openingId);
    return 'taken';
  }
  await repos.waitlist.setOfferStatus(offer.openingId, offer.entryId, 'accepted', 'accepted', booked);
  await repos.waitlist.updateEntry(offer.entryId, { status: 'booked' });
  await withdrawOffers(repos, offer.openingId);
  return 'booked';
}

/** The visit, through the no-overlap guard; undefined when the time cannot be booked any more. */
async function book(repos: ClinicRepositories, runtime: Runtime, offer: StoredWaitlistOffer): Promise<string | undefined> {
  const entry = await repos.waitlist.getEntry(offer.entryId);
  const [caseFile, session, calendar] = await Promise.all([repos.cases.get(entry.caseId), repos.sessions.get(offer.sessionId), repos.calendars.get(offer.calendarId)]);
  if (caseFile.status !== 'open') return undefined;
  try {
    const { appointment } = await bookAppointment(
      repos,
      runtime,
      { caseFile, session, calendar, resources: [] },
      { caseId: caseFile.caseId, sessionId: session.sessionId, calendarId: calendar.calendarId, start: offer.start, mode: 'no_overlap' },
    );
    return appointment.appointmentId;
  } catch (error) {
    if (isDomainError(error) && error.outcome === 'conflict') return undefined;
    throw error;
  }
}
