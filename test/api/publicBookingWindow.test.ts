/**
 * Booking inside the self-cancel window (issue 16, item 2) through the public API: the catalogue
 * gives the window before booking, the booking says it cannot be changed online and names the
 * location's phone, and the confirmation is worded from the rule (never "until <a past time>").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { Calendar, PublicBooking, PublicClinic } from '@casefile/core';
import { startWorld, type World } from '../support/world';

type Mail = { destination: { to: string[] }; subject: string; body: { html: string; text: string } };
const ZONE = 'America/Toronto';
const LOCATION_PHONE = '+1 416 555 0177';

describe('booking inside the self-cancel window (issue 16, item 2)', () => {
  let world: World;
  let calendar: Calendar;
  let sessionId: string;
  let start: string;
  const mailsTo = async (address: string): Promise<Mail[]> =>
    ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: Mail[] }).emails.filter((mail) => mail.destination.to.includes(address));

  beforeAll(async () => {
    world = await startWorld({ notifications: { now: () => Date.now() } });
    const owner = await world.clinicA.api('owner');
    const desk = await world.clinicA.api('front_desk');
    expect((await owner.patch(`/api/locations/${world.clinicA.ids.locationId}`, { phone: LOCATION_PHONE })).status).toBe(200);
    const member = await owner.post<{ memberId: string }>('/api/members', {
      firstName: 'Wes', lastName: 'Window', email: `wes.window.${Date.now()}@riverside.test`, role: 'provider',
      disciplineIds: [world.clinicA.ids.disciplineId], calendarLocationId: world.clinicA.ids.locationId,
    });
    const own = (await owner.get<{ items: Calendar[] }>('/api/calendars?kind=provider')).body.items.find((one) => one.memberId === member.body.memberId)!;
    calendar = (await owner.patch<Calendar>(`/api/calendars/${own.calendarId}`, { onlineBooking: true, disciplineIds: [world.clinicA.ids.disciplineId], guardrails: { leadTimeMinutes: 60, selfCancelWindowHours: 24 } })).body;
    const sessions = await owner.get<{ items: { sessionId: string; onlineBookable: boolean; disciplineId: string; requiredResourceKinds: string[] }[] }>('/api/sessions');
    sessionId = sessions.body.items.find((one) => one.onlineBookable && one.disciplineId === world.clinicA.ids.disciplineId && one.requiredResourceKinds.length === 0)!.sessionId;
    // A shift starting about 6.5 hours from now, on a half hour, kept inside one local day.
    let local = Temporal.Now.zonedDateTimeISO(ZONE).add({ minutes: 390 }).round({ smallestUnit: 'minute', roundingIncrement: 30, roundingMode: 'ceil' });
    if (local.hour >= 22) local = local.add({ hours: 3 });
    start = local.toInstant().toString();
    const shift = { calendarId: calendar.calendarId, date: local.toPlainDate().toString(), start: local.toPlainTime().toString({ smallestUnit: 'minute' }), end: local.add({ hours: 1 }).toPlainTime().toString({ smallestUnit: 'minute' }), breaks: [] };
    expect((await desk.post('/api/shifts', shift)).status).toBe(201);
  }, 240_000);
  afterAll(() => world?.stop());

  it('gives each online calendar its window before booking', async () => {
    const clinic = await world.anonymous.get<PublicClinic>('/api/public/clinics/riverside');
    expect(clinic.body.calendars.find((one) => one.calendarId === calendar.calendarId)).toMatchObject({ selfCancelWindowHours: 24 });
  });

  it("books, says it cannot be changed online, names the location's phone, and mails a confirmation worded from the rule", async () => {
    const email = 'inside.window@example.test';
    expect((await world.anonymous.post('/api/public/clinics/riverside/email-codes', { email })).status).toBe(202);
    const code = /\b(\d{6})\b/.exec((await mailsTo(email)).at(-1)!.subject)![1]!;
    const booked = await world.anonymous.post<{ booking: PublicBooking }>('/api/public/clinics/riverside/bookings', {
      sessionId, locationId: calendar.locationId, calendarId: calendar.calendarId, start, firstName: 'Ian', lastName: 'Inside', email, code,
    });
    expect(booked.status).toBe(201);
    expect(booked.body.booking).toMatchObject({ canCancel: false, selfCancelWindowHours: 24, contact: { kind: 'phone', value: LOCATION_PHONE } });

    const confirmation = (await mailsTo(email)).find((mail) => mail.subject.startsWith('Your appointment'))!;
    expect(confirmation.body.text).not.toMatch(/online until/);
    expect(confirmation.body.text).toContain('can no longer be moved or canceled online');
    expect(confirmation.body.text).toContain(`call ${LOCATION_PHONE}`);
  });
});
