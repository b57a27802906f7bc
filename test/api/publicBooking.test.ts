import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { createPublicLinks } from '@casefile/adapters';
import { type Calendar, normalizeEmail, type PublicAvailability, type PublicBooking, type PublicClinic } from '@casefile/core';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';
import { dynamoEndpoint } from '../setup/fileDynamo';

type Result = { booking: PublicBooking; manageToken: string };
type Problem = { type: string; detail: string; errors?: { path: string }[] };

const ZONE = 'America/Toronto';

describe('online booking: the public API (O1-O5)', () => {
  let world: World;
  let desk: ApiClient;
  let calendar: Calendar;
  let sessionId: string;
  let locationId: string;
  let day: string;
  let codeCounter = 0;
  const at = (time: string) => Temporal.PlainDateTime.from(`${day}T${time}`).toZonedDateTime(ZONE).toInstant().toString();

  /** Arranges a valid emailed code for an address, as the code route stores it. */
  async function codeFor(email: string): Promise<string> {
    const links = createPublicLinks(process.env.PUBLIC_LINK_SECRET!);
    const service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
    const repos = createClinicRepositories({ service, clinicId: world.clinicA.clinicId, actor: 'test', now: () => new Date(), newId: () => 'unused' });
    const code = String(100000 + (++codeCounter % 900000));
    const emailKey = links.keyedHash('email', normalizeEmail(email));
    await repos.online.saveEmailCode(emailKey, links.keyedHash('code', `${emailKey}:${code}`), Math.floor(Date.now() / 1000) + 900);
    return code;
  }

  const book = async (email: string, time: string, extra: Record<string, unknown> = {}) =>
    world.anonymous.post<Result & Problem>('/api/public/clinics/riverside/bookings', {
      sessionId,
      locationId,
      calendarId: calendar.calendarId,
      start: at(time),
      firstName: 'Olive',
      lastName: 'Online',
      email,
      code: await codeFor(email),
      ...extra,
    });
  const times = async () => (await world.anonymous.get<PublicAvailability>(`/api/public/clinics/riverside/availability?sessionId=${sessionId}&locationId=${locationId}&calendarId=${calendar.calendarId}&from=${day}&days=1`)).body;
  const slotTimes = async () => (await times()).days[0]!.slots.map((slot) => slot.localTime);

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    locationId = world.clinicA.ids.locationId;
    const member = await owner.post<{ memberId: string }>('/api/members', {
      firstName: 'Nia',
      lastName: 'Online',
      email: `nia.online.${Date.now()}@riverside.test`,
      role: 'provider',
      disciplineIds: [world.clinicA.ids.disciplineId],
      calendarLocationId: locationId,
    });
    const calendars = await owner.get<{ items: Calendar[] }>('/api/calendars?kind=provider');
    calendar = calendars.body.items.find((one) => one.memberId === member.body.memberId)!;
    const patched = await owner.patch<Calendar>(`/api/calendars/${calendar.calendarId}`, {
      onlineBooking: true,
      disciplineIds: [world.clinicA.ids.disciplineId],
      guardrails: { leadTimeMinutes: 120, selfCancelWindowHours: 24, horizonDays: 60 },
    });
    expect(patched.status).toBe(200);
    calendar = patched.body;
    const sessions = await owner.get<{ items: { sessionId: string; name: string; onlineBookable: boolean; disciplineId: string; requiredResourceKinds: string[] }[] }>('/api/sessions');
    sessionId = sessions.body.items.find((one) => one.onlineBookable && one.disciplineId === world.clinicA.ids.disciplineId && one.requiredResourceKinds.length === 0 && one.name.includes('treatment'))!.sessionId;
    day = Temporal.Now.plainDateISO(ZONE).add({ days: 9 }).toString();
    expect((await desk.post('/api/shifts', { calendarId: calendar.calendarId, date: day, start: '09:00', end: '13:00', breaks: [] })).status).toBe(201);
  });
  afterAll(() => world?.stop());

  it('shows what the clinic offers online, and answers 404 for an unknown clinic', async () => {
    const clinic = await world.anonymous.get<PublicClinic>('/api/public/clinics/riverside');
    expect(clinic.status).toBe(200);
    expect(clinic.body.name).toBe('Riverside Physio & Rehab');
    expect(clinic.body.calendars.map((one) => one.calendarId)).toContain(calendar.calendarId);
    expect(clinic.body.sessions.map((one) => one.sessionId)).toContain(sessionId);
    expect(JSON.stringify(clinic.body)).not.toMatch(/memberId|email":"[^"]*@riverside/);
    expect((await world.anonymous.get('/api/public/clinics/no-such-clinic')).status).toBe(404);
  });

  it('lists bookable starts in the location’s zone, and a staff booking a moment earlier removes them', async () => {
    const before = await times();
    expect(before.timeZone).toBe(ZONE);
    expect(before.days[0]!.slots[0]).toMatchObject({ localTime: '09:00', calendarIds: [calendar.calendarId] });
    expect(before.days[0]!.slots.map((slot) => slot.localTime)).toContain('10:00');
    const staff = await desk.post('/api/appointments', { caseId: world.clinicA.ids.caseId, sessionId, calendarId: calendar.calendarId, start: at('10:00') });
    expect(staff.status).toBe(201);
    const after = await slotTimes();
    for (const taken of ['09:45', '10:00', '10:15']) expect(after).not.toContain(taken);
    expect(after).toContain('10:30');
  });

  it('refuses a wrong code at its field, and a taken time with 409, writing nothing', async () => {
    const wrong = await world.anonymous.post<Problem>('/api/public/clinics/riverside/bookings', {
      sessionId, locationId, start: at('11:00'), firstName: 'Olive', lastName: 'Online', email: 'wrong.code@example.test', code: '000000',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.errors?.map((error) => error.path)).toEqual(['body.code']);
    const taken = await book('taken.slot@example.test', '10:00');
    expect(taken.status).toBe(409);
    const clients = await desk.post<{ items: unknown[] }>('/api/clients/search', { email: 'taken.slot@example.test' });
    expect(clients.body.items).toHaveLength(0);
  });

  it('books a new client with a case, and the manage link shows and moves it', async () => {
    const booked = await book('olive.online@example.test', '11:00', { phone: '+1 416 555 0142' });
    expect(booked.status).toBe(201);
    expect(booked.body.booking).toMatchObject({ status: 'booked', timeZone: ZONE, localStart: `${day}T11:00`, calendarName: calendar.name, canCancel: true });
    const clients = await desk.post<{ items: { clientId: string }[] }>('/api/clients/search', { email: 'olive.online@example.test' });
    expect(clients.body.items).toHaveLength(1);
    const file = await desk.get<{ cases: { caseType: string; disciplineId: string; referralSource?: { kind: string } }[] }>(`/api/clients/${clients.body.items[0]!.clientId}`);
    expect(file.body.cases).toEqual([expect.objectContaining({ caseType: 'private', disciplineId: world.clinicA.ids.disciplineId, referralSource: { kind: 'self', name: 'Online booking' } })]);

    const viewed = await world.anonymous.post<PublicBooking>('/api/public/manage/view', { token: booked.body.manageToken });
    expect(viewed.status).toBe(200);
    expect(viewed.body.localStart).toBe(`${day}T11:00`);
    expect((await world.anonymous.post('/api/public/manage/view', { token: `${booked.body.manageToken}x` })).status).toBe(404);

    const moved = await world.anonymous.post<Result>('/api/public/manage/reschedule', { token: booked.body.manageToken, start: at('12:00') });
    expect(moved.status).toBe(201);
    expect(moved.body.booking.localStart).toBe(`${day}T12:00`);
    expect((await world.anonymous.post<PublicBooking>('/api/public/manage/view', { token: booked.body.manageToken })).body.status).toBe('rebooked');
    expect(await slotTimes()).toContain('11:00');

    // A returning client with the same verified email and name joins the open case.
    const again = await book('olive.online@example.test', '09:00');
    expect(again.status).toBe(201);
    const after = await desk.get<{ cases: unknown[] }>(`/api/clients/${clients.body.items[0]!.clientId}`);
    expect(after.body.cases).toHaveLength(1);
  });

  it('refuses a cancel inside the self-cancel window with the clinic’s contact, and cancels outside it', async () => {
    const owner = await world.clinicA.api('owner');
    const booked = await book('cancel.me@example.test', '11:30');
    expect(booked.status).toBe(201);
    await owner.patch(`/api/calendars/${calendar.calendarId}`, { guardrails: { selfCancelWindowHours: 24 * 30 } });
    const refused = await world.anonymous.post<Problem>('/api/public/manage/cancel', { token: booked.body.manageToken });
    expect(refused.status).toBe(409);
    expect(refused.body.detail).toContain('please contact Riverside Physio & Rehab');
    await owner.patch(`/api/calendars/${calendar.calendarId}`, { guardrails: { selfCancelWindowHours: 24 } });
    const canceled = await world.anonymous.post<PublicBooking>('/api/public/manage/cancel', { token: booked.body.manageToken });
    expect(canceled.status).toBe(200);
    expect(canceled.body).toMatchObject({ status: 'canceled', canCancel: false });
    expect(await slotTimes()).toContain('11:30');
  });

  it('lets exactly one of 20 concurrent public bookings of one slot win', async () => {
    const emails = Array.from({ length: 20 }, (_unused, index) => `racer${index}@example.test`);
    const codes = await Promise.all(emails.map(codeFor));
    const results = await Promise.all(
      emails.map((email, index) =>
        world.anonymous.post('/api/public/clinics/riverside/bookings', { sessionId, locationId, calendarId: calendar.calendarId, start: at('12:30'), firstName: 'Racer', lastName: `No${index}`, email, code: codes[index] }),
      ),
    );
    const statuses = results.map((result) => result.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
  }, 60_000);

  it('caps a client’s upcoming online bookings with 429 and Retry-After', async () => {
    const email = 'busy.client@example.test';
    const nextDay = Temporal.PlainDate.from(day).add({ days: 1 }).toString();
    await desk.post('/api/shifts', { calendarId: calendar.calendarId, date: nextDay, start: '09:00', end: '13:00', breaks: [] });
    const startOn = (time: string) => Temporal.PlainDateTime.from(`${nextDay}T${time}`).toZonedDateTime(ZONE).toInstant().toString();
    for (const time of ['09:00', '10:00', '11:00']) {
      const response = await world.anonymous.post('/api/public/clinics/riverside/bookings', { sessionId, locationId, calendarId: calendar.calendarId, start: startOn(time), firstName: 'Busy', lastName: 'Client', email, code: await codeFor(email) });
      expect(response.status).toBe(201);
    }
    const fourth = await world.anonymous.post<Problem>('/api/public/clinics/riverside/bookings', { sessionId, locationId, calendarId: calendar.calendarId, start: startOn('12:00'), firstName: 'Busy', lastName: 'Client', email, code: await codeFor(email) });
    expect(fourth.status).toBe(429);
    expect(fourth.body.type).toBe('urn:casefile:problem:pending_limit');
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
