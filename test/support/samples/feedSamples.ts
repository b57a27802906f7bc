/**
 * Samples for the calendar-feed routes, merged into sampleRequests.ts. A provider may manage only
 * the feed of their own calendar, so a provider's sample names that calendar; revoking consumes a
 * feed, so its sample issues one first.
 */
import type { Role } from '@casefile/core';
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const FEED_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/calendars/{id}/feed': 'calendarId',
};

export const FEED_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  putCalendarFeedSettings: () => ({ showClientNames: false }),
};

/** The caller's own provider calendar when a provider asks; the fixture's calendar otherwise. */
async function calendarFor(fixture: ClinicFixture, role?: Role): Promise<Partial<FixtureIds>> {
  const provider = fixture.users.provider;
  if (role !== 'provider' || !provider) return {};
  const owner = await fixture.api('owner');
  const calendars = await owner.get<{ items: { calendarId: string; memberId?: string }[] }>('/api/calendars?kind=provider');
  const own = calendars.body.items.find((calendar) => calendar.memberId === provider.memberId);
  if (!own) throw new Error('The fixture provider has no calendar of their own.');
  return { calendarId: own.calendarId };
}

async function calendarWithFeed(fixture: ClinicFixture, role?: Role): Promise<Partial<FixtureIds>> {
  const ids = await calendarFor(fixture, role);
  const owner = await fixture.api('owner');
  const issued = await owner.post(`/api/calendars/${ids.calendarId ?? fixture.ids.calendarId}/feed`, undefined);
  if (issued.status !== 201) throw new Error(`Could not issue a sample feed: ${issued.status} ${issued.text}`);
  return ids;
}

export const FEED_FRESH_IDS: Readonly<Record<string, (fixture: ClinicFixture, role?: Role) => Promise<Partial<FixtureIds>>>> = {
  getCalendarFeed: calendarFor,
  issueCalendarFeed: calendarFor,
  revokeCalendarFeed: calendarWithFeed,
};
