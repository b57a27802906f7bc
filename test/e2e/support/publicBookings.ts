/**
 * Bookings made straight through the public API for browser tests of the manage page, with an email
 * code arranged in the table the way the code route stores it (test/api/publicBooking.test.ts does
 * the same): the pages' own booking flow is tested on its own.
 */
import { randomInt } from 'node:crypto';
import { createPublicLinks } from '@casefile/adapters';
import { normalizeEmail, type PublicAvailability, type PublicBooking } from '@casefile/core';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import type { World } from '../../support/world';
import { dynamoEndpoint } from '../../setup/fileDynamo';

export async function arrangeEmailCode(world: World, clinicId: string, email: string): Promise<string> {
  const links = createPublicLinks(process.env.PUBLIC_LINK_SECRET!);
  const service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
  const repos = createClinicRepositories({ service, clinicId, actor: 'test', now: () => new Date(), newId: () => 'unused' });
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const emailKey = links.keyedHash('email', normalizeEmail(email));
  await repos.online.saveEmailCode(emailKey, links.keyedHash('code', `${emailKey}:${code}`), Math.floor(Date.now() / 1000) + 900);
  return code;
}

export interface PublicChoice {
  clinicSlug: string;
  clinicId: string;
  sessionId: string;
  locationId: string;
  calendarId: string;
}

/** Books the first open start on or after `from` (a local date) and answers the manage link's path. */
export async function bookThroughApi(world: World, choice: PublicChoice, from: string, client: { firstName: string; lastName: string; email: string }) {
  const query = new URLSearchParams({ sessionId: choice.sessionId, locationId: choice.locationId, calendarId: choice.calendarId, from, days: '14' });
  const times = (await world.anonymous.get<PublicAvailability>(`/api/public/clinics/${choice.clinicSlug}/availability?${query.toString()}`)).body;
  const start = times.days.flatMap((day) => day.slots)[0]?.start;
  if (!start) throw new Error(`No open time from ${from}.`);
  const code = await arrangeEmailCode(world, choice.clinicId, client.email);
  const booked = await world.anonymous.post<{ booking: PublicBooking; manageToken: string }>(`/api/public/clinics/${choice.clinicSlug}/bookings`, {
    sessionId: choice.sessionId,
    locationId: choice.locationId,
    calendarId: choice.calendarId,
    start,
    ...client,
    code,
  });
  if (booked.status !== 201) throw new Error(`Booking answered ${booked.status}: ${JSON.stringify(booked.body)}`);
  return { booking: booked.body.booking, managePath: `/book/manage#${encodeURIComponent(booked.body.manageToken)}` };
}
