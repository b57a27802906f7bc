/**
 * The final-state rule (issue 16, item 1) on the local runtime: a client who booked online holds a
 * confirmation at once, so a move or cancel made within the new-booking offset must reach them
 * directly; the provider's notice still waits for the offset and describes the final booking.
 * Mail is read back from the local SES endpoint's store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { Calendar, PublicBooking } from '@casefile/core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type Mail = { destination: { to: string[] }; subject: string; body: { html: string; text: string }; attachments?: { filename: string; contentType: string; content: string }[] };
const icsOf = (mail: Mail) => Buffer.from(mail.attachments?.find((file) => file.filename.endsWith('.ics'))?.content ?? '', 'base64').toString('utf8').replace(/\r\n[ \t]/g, '');
const ZONE = 'America/Toronto';
const ALL = { client: true, provider: true };

describe('a change within the new-booking offset never loses the final state (issue 16, item 1)', () => {
  let world: World;
  let desk: ApiClient;
  let calendar: Calendar;
  let sessionId: string;
  let sessionName: string;
  let providerEmail: string;
  let day: string;
  /** Moves the scheduler loop's clock ahead, so the delayed new-booking notice comes due. */
  let skew = 0;
  const at = (time: string) => Temporal.PlainDateTime.from(`${day}T${time}`).toZonedDateTime(ZONE).toInstant().toString();
  const mailsTo = async (address: string): Promise<Mail[]> =>
    ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: Mail[] }).emails.filter((mail) => mail.destination.to.includes(address));

  async function bookOnline(email: string, time: string): Promise<string> {
    expect((await world.anonymous.post('/api/public/clinics/riverside/email-codes', { email })).status).toBe(202);
    const code = /\b(\d{6})\b/.exec((await mailsTo(email)).at(-1)!.subject)![1]!;
    const booked = await world.anonymous.post<{ booking: PublicBooking }>('/api/public/clinics/riverside/bookings', {
      sessionId, locationId: calendar.locationId, calendarId: calendar.calendarId, start: at(time), firstName: 'Fay', lastName: 'Final', email, code,
    });
    expect(booked.status).toBe(201);
    const [client] = (await desk.post<{ items: { clientId: string }[] }>('/api/clients/search', { email })).body.items;
    const [appointment] = (await desk.get<{ items: { appointmentId: string }[] }>(`/api/clients/${client!.clientId}/appointments`)).body.items;
    return appointment!.appointmentId;
  }

  async function fireDelayedNotices(): Promise<void> {
    await world.drainStreams();
    skew += 30 * 60_000;
    await world.notifications!.scheduler.tick();
    await world.drainStreams();
  }

  beforeAll(async () => {
    world = await startWorld({ notifications: { now: () => Date.now() + skew } });
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    providerEmail = `fin.final.${Date.now()}@riverside.test`;
    const member = await owner.post<{ memberId: string }>('/api/members', {
      firstName: 'Fin', lastName: 'Final', email: providerEmail, role: 'provider',
      disciplineIds: [world.clinicA.ids.disciplineId], calendarLocationId: world.clinicA.ids.locationId,
    });
    const own = (await owner.get<{ items: Calendar[] }>('/api/calendars?kind=provider')).body.items.find((one) => one.memberId === member.body.memberId)!;
    calendar = (await owner.patch<Calendar>(`/api/calendars/${own.calendarId}`, { onlineBooking: true, disciplineIds: [world.clinicA.ids.disciplineId], guardrails: { leadTimeMinutes: 60, selfCancelWindowHours: 24 } })).body;
    const sessions = await owner.get<{ items: { sessionId: string; name: string; onlineBookable: boolean; disciplineId: string; requiredResourceKinds: string[] }[] }>('/api/sessions');
    const session = sessions.body.items.find((one) => one.onlineBookable && one.disciplineId === world.clinicA.ids.disciplineId && one.requiredResourceKinds.length === 0)!;
    sessionId = session.sessionId;
    sessionName = session.name;
    expect((await owner.request('PUT', '/api/notification-settings', { notices: { newBooking: ALL, reschedule: ALL, cancellation: ALL, noShow: ALL }, newBookingOffsetMinutes: 2, reminders: [] })).status).toBe(200);
    day = Temporal.Now.plainDateISO(ZONE).add({ days: 12 }).toString();
    expect((await desk.post('/api/shifts', { calendarId: calendar.calendarId, date: day, start: '07:00', end: '12:00', breaks: [] })).status).toBe(201);
    await world.drainStreams();
    // Starting DynamoDB Local and the runtime alone can take most of the default hook timeout on a busy machine.
  }, 240_000);
  afterAll(() => world?.stop());

  it('mails the client the new time of a booking moved within the offset, and the provider only the final booking', async () => {
    const email = 'moved.quickly@example.test';
    const appointmentId = await bookOnline(email, '07:00');
    const moved = await desk.post(`/api/appointments/${appointmentId}/move`, { start: at('09:00') });
    expect(moved.status).toBe(201);
    await fireDelayedNotices();

    const toClient = (await mailsTo(email)).filter((mail) => !/booking code/.test(mail.subject));
    expect(toClient).toHaveLength(2);
    // The last message describes where the booking ended up.
    expect(toClient.at(-1)!.subject).toMatch(/moved/);
    expect(toClient.at(-1)!.body.text).toMatch(/moved to [^\n]*9:00/);
    const toProvider = await mailsTo(providerEmail);
    expect(toProvider).toHaveLength(1);
    expect(toProvider[0]!.body.text).toContain('9:00');

    // Mail a clinic would send: an .ics that the move replaces (same UID, higher sequence), link text, the clinic's signature, nothing clinical.
    const [confirmation, reschedule] = toClient as [Mail, Mail];
    expect(icsOf(confirmation)).toContain(`UID:${appointmentId}@casefile`);
    expect(icsOf(confirmation)).toContain('SEQUENCE:0');
    expect(icsOf(reschedule)).toContain(`UID:${appointmentId}@casefile`);
    expect(icsOf(reschedule)).toContain('SEQUENCE:1');
    expect(icsOf(reschedule)).toContain(`DTSTART:${at('09:00').replace(/[-:]/g, '').replace('.000', '')}`);
    expect(icsOf(toProvider[0]!)).toContain('BEGIN:VEVENT');
    expect(toProvider[0]!.body.text).toMatch(/^Hello Fin Final,\n\nFay is booked with you/);
    // (The desk's move made a staff booking, which has no client manage page, so only the confirmation links to one.)
    expect(confirmation.body.html).toMatch(/<a\s+href="[^"]+"[^>]*>\s*See[^<]*booking\s*<\/a>/);
    for (const mail of [confirmation, reschedule]) expect(mail.body.html).not.toMatch(/>https?:\/\//);
    for (const mail of [...toClient, ...toProvider]) {
      const whole = `${mail.subject}\n${mail.body.text}\n${mail.body.html}\n${icsOf(mail)}`;
      expect(mail.body.text).toContain('Riverside Physio & Rehab');
      expect(mail.body.text).toContain('+1 416 555 0100');
      expect(whole).not.toContain('America/Toronto');
      expect(whole).not.toContain(sessionName);
    }
  });

  it('mails the client a cancellation of a booking canceled within the offset, and the provider nothing', async () => {
    const email = 'canceled.quickly@example.test';
    const before = (await mailsTo(providerEmail)).length;
    const appointmentId = await bookOnline(email, '10:00');
    expect((await desk.post(`/api/appointments/${appointmentId}/status`, { status: 'canceled', reason: 'Booked by mistake' })).status).toBe(200);
    await fireDelayedNotices();

    const toClient = (await mailsTo(email)).filter((mail) => !/booking code/.test(mail.subject));
    expect(toClient).toHaveLength(2);
    expect(toClient.at(-1)!.subject).toMatch(/cancel/i);
    expect((await mailsTo(providerEmail)).slice(before)).toHaveLength(0);
  });
});
