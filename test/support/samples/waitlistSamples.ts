/**
 * Sample requests for the waitlist routes, merged into sampleRequests.ts. Routes that act on an entry
 * get a fresh one; the manual offer goes to a client with no email address (recorded, nothing sent,
 * so no mailer or scheduler is needed) at a start the availability search says is free.
 */
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_WAITLIST_IDS = { waitlistEntryId: '' };

let unique = 0;
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
/** The free start found for each fresh entry a manual-offer sample offers. */
const OFFER_STARTS = new Map<string, string>();

export const WAITLIST_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/waitlist/{id}': 'waitlistEntryId',
  '/api/waitlist/{id}/offers': 'waitlistEntryId',
};

export const WAITLIST_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  // Dates no other sample books, so the waitlist consumer has nothing to offer in worlds with no mailer or scheduler.
  createWaitlistEntry: (ids) => ({ caseId: ids.caseId, sessionId: ids.sessionId, windows: [{ days: [1, 2, 3, 4, 5], start: '08:00', end: '18:00' }], earliestDate: '2045-01-01', latestDate: '2045-01-31', priority: 2 }),
  updateWaitlistEntry: () => ({ priority: 1, notes: `Sample ${++unique}` }),
  offerWaitlistOpening: (ids) => ({ entryId: ids.waitlistEntryId, calendarId: ids.calendarId, start: OFFER_STARTS.get(ids.waitlistEntryId) ?? inDays(30) }),
  viewWaitlistOffer: () => ({ token: 'sample-token-that-opens-no-offer-at-all' }),
  acceptWaitlistOffer: () => ({ token: 'sample-token-that-opens-no-offer-at-all' }),
};

export const WAITLIST_SAMPLE_QUERIES: Readonly<Record<string, (ids: FixtureIds) => string>> = {
  listWaitlist: () => '?status=active',
  findWaitlistMatches: (ids) => `?calendarId=${ids.calendarId}&start=${inDays(10)}&end=${inDays(10.1)}`,
};

async function freshEntry(fixture: ClinicFixture, caseId = fixture.ids.caseId): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const created = await owner.post<{ entryId: string }>('/api/waitlist', WAITLIST_SAMPLE_BODIES.createWaitlistEntry!({ ...fixture.ids, caseId }));
  if (created.status !== 201) throw new Error(`Could not create a sample waitlist entry: ${created.status} ${created.text}`);
  return { waitlistEntryId: created.body.entryId };
}

/** An entry of a new client with no email address, and a start free on the fixture's calendar. */
async function unreachableEntry(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const client = await owner.post<{ clientId: string }>('/api/clients', { firstName: 'Nomail', lastName: `Waiting${++unique}` });
  const caseFile = await owner.post<{ caseId: string }>(`/api/clients/${client.body.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
  const entry = await freshEntry(fixture, caseFile.body.caseId);
  const free = await owner.get<{ calendars: { starts: string[] }[] }>(`/api/availability?sessionId=${fixture.ids.sessionId}&calendarIds=${fixture.ids.calendarId}&from=${inDays(20 + (unique % 10))}&mode=staff&limit=1`);
  const start = free.body.calendars?.[0]?.starts[0];
  if (!start) throw new Error(`No free start for a sample waitlist offer (GET /api/availability answered ${free.status}).`);
  OFFER_STARTS.set(entry.waitlistEntryId!, start);
  return entry;
}

export const WAITLIST_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture) => Promise<Partial<FixtureIds>>>> = {
  updateWaitlistEntry: (fixture) => freshEntry(fixture),
  deleteWaitlistEntry: (fixture) => freshEntry(fixture),
  listWaitlistEntryOffers: (fixture) => freshEntry(fixture),
  offerWaitlistOpening: (fixture) => unreachableEntry(fixture),
};
