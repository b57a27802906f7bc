import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { type AppointmentStatus, type Calendar, canTransition, type Session, STAFF_TARGET_STATUSES } from '@casefile/core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type Appointment = { appointmentId: string; status: string; start: string; end: string; caseId: string; clientId: string; cancellation?: { reason: string; late: boolean } };
type Booking = { appointment: Appointment; conflicts: { appointmentId: string; calendarId: string }[] };
type Problem = { type: string; errors?: { path: string }[]; from?: string; to?: string; reasons?: { code: string }[] };

const ZONE = 'America/Toronto';
const DATE = '2031-04-15';
const local = (time: string) => Temporal.PlainDateTime.from(`${DATE}T${time}`).toZonedDateTime(ZONE).toInstant().toString();

describe('appointments: booking against a case file, the guard and the lifecycle', () => {
  let world: World;
  let desk: ApiClient;
  let room: Calendar;
  let session: Session;

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    room = (
      await owner.post<Calendar>('/api/calendars', { kind: 'room', name: 'Race room', locationId: world.clinicA.ids.locationId, disciplineIds: [world.clinicA.ids.disciplineId] })
    ).body;
    session = (await owner.post<Session>('/api/sessions', { name: 'Race session', disciplineId: world.clinicA.ids.disciplineId, durationMinutes: 30 })).body;
    expect((await desk.post('/api/shifts', { calendarId: room.calendarId, date: DATE, start: '09:00', end: '17:00', breaks: [] })).status).toBe(201);
  });
  afterAll(() => world?.stop());

  const book = (start: string, mode: 'staff' | 'no_overlap' = 'staff', api?: ApiClient) =>
    (api ?? desk).post<Booking & Problem>('/api/appointments', {
      caseId: world.clinicA.ids.caseId,
      sessionId: session.sessionId,
      calendarId: room.calendarId,
      start,
      mode,
    });

  it('books against a case: the client follows from the case', async () => {
    const response = await book(local('09:00'));
    expect(response.status).toBe(201);
    expect(response.body.appointment).toMatchObject({ caseId: world.clinicA.ids.caseId, status: 'booked', start: local('09:00').replace('Z', '.000Z') });
    const owner = await world.clinicA.api('owner');
    const file = await owner.get<{ client: { clientId: string }; cases: { caseId: string }[] }>(`/api/clients/${world.clinicA.ids.clientId}`);
    expect(file.body.cases.map((c) => c.caseId)).toContain(response.body.appointment.caseId);
    expect(response.body.appointment.clientId).toBe(file.body.client.clientId);
    const listed = await desk.get<{ items: Appointment[] }>(`/api/cases/${world.clinicA.ids.caseId}/appointments?limit=100`);
    expect(listed.body.items.map((a) => a.appointmentId)).toContain(response.body.appointment.appointmentId);
  });

  it('lets staff overlap on purpose and lists what the booking overlaps', async () => {
    const first = await book(local('10:00'));
    const second = await book(local('10:15'));
    expect(second.status).toBe(201);
    expect(second.body.conflicts.map((conflict) => conflict.appointmentId)).toEqual([first.body.appointment.appointmentId]);
  });

  it('refuses a no-overlap booking into taken time with the reason, and writes nothing', async () => {
    await book(local('11:00'));
    const refused = await book(local('11:15'), 'no_overlap');
    expect(refused.status).toBe(409);
    expect(refused.body.reasons?.map((reason) => reason.code)).toContain('busy');
    const outside = await book(local('18:00'), 'no_overlap');
    expect(outside.status).toBe(409);
    expect(outside.body.reasons?.map((reason) => reason.code)).toContain('outside_shift');
  });

  it('lets exactly one of 20 concurrent no-overlap bookings of one slot win', async () => {
    const results = await Promise.all(Array.from({ length: 20 }, () => book(local('14:00'), 'no_overlap')));
    const statuses = results.map((result) => result.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(19);
    const day = await desk.get<{ calendars: { starts: string[] }[] }>(
      `/api/availability?sessionId=${session.sessionId}&calendarIds=${room.calendarId}&from=${local('13:00')}&to=${local('15:00')}&limit=50`,
    );
    expect(day.body.calendars[0]!.starts).not.toContain(new Date(local('14:00')).toISOString());
  }, 60_000);

  it('refuses a calendar that does not accept the session’s discipline', async () => {
    const owner = await world.clinicA.api('owner');
    const other = await owner.post<Calendar>('/api/calendars', { kind: 'room', name: 'Other discipline room', locationId: world.clinicA.ids.locationId, disciplineIds: [] });
    const response = await desk.post<Problem>('/api/appointments', { caseId: world.clinicA.ids.caseId, sessionId: session.sessionId, calendarId: other.body.calendarId, start: local('09:00') });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.path).toBe('body.calendarId');
  });

  it('moves through the lifecycle, rolls back, cancels with a reason, and names from and to when illegal', async () => {
    const booked = (await book(local('15:00'))).body.appointment;
    const to = (status: string, reason?: string) =>
      desk.post<Appointment & Problem>(`/api/appointments/${booked.appointmentId}/status`, { status, ...(reason ? { reason } : {}) });
    expect((await to('confirmed')).body.status).toBe('confirmed');
    expect((await to('arrived')).body.status).toBe('arrived');
    expect((await to('booked')).body.status).toBe('booked');
    const missingReason = await to('canceled');
    expect(missingReason.status).toBe(400);
    const canceled = await to('canceled', 'Client is unwell');
    expect(canceled.body).toMatchObject({ status: 'canceled', cancellation: { reason: 'Client is unwell', late: false } });
    const illegal = await to('booked');
    expect(illegal.status).toBe(409);
    expect(illegal.body).toMatchObject({ from: 'canceled', to: 'booked' });
    // Canceled time is free again.
    expect((await book(local('15:00'), 'no_overlap')).status).toBe(201);
  });
});

describe('every appointment transition over the API', () => {
  let world: World;
  let desk: ApiClient;
  let room: Calendar;
  let session: Session;
  let minute = 0;

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    room = (await owner.post<Calendar>('/api/calendars', { kind: 'room', name: 'Transition room', locationId: world.clinicA.ids.locationId, disciplineIds: [world.clinicA.ids.disciplineId] })).body;
    session = (await owner.post<Session>('/api/sessions', { name: 'Transition session', disciplineId: world.clinicA.ids.disciplineId, durationMinutes: 5 })).body;
  });
  afterAll(() => world?.stop());

  /** The staff path from booked to each status staff can reach; paid and rebooked are entered by billing and by move. */
  const PATH_TO: Partial<Record<AppointmentStatus, AppointmentStatus[]>> = {
    booked: [],
    confirmed: ['confirmed'],
    arrived: ['arrived'],
    no_show: ['no_show'],
    canceled: ['canceled'],
  };
  const cases = (Object.keys(PATH_TO) as AppointmentStatus[]).flatMap((from) => STAFF_TARGET_STATUSES.map((to) => [from, to] as const));

  it.each(cases)('%s -> %s', async (from, to) => {
    const start = new Date(Date.parse(local('08:00')) + 10 * 60_000 * ++minute).toISOString();
    const booked = await desk.post<Booking>('/api/appointments', { caseId: world.clinicA.ids.caseId, sessionId: session.sessionId, calendarId: room.calendarId, start });
    const change = (status: AppointmentStatus) =>
      desk.post<Appointment & Problem>(`/api/appointments/${booked.body.appointment.appointmentId}/status`, { status, ...(status === 'canceled' ? { reason: 'Test' } : {}) });
    for (const step of PATH_TO[from]!) expect((await change(step)).status).toBe(200);

    const response = await change(to);
    if (canTransition(from, to, 'staff')) {
      expect(response.status).toBe(200);
      expect(response.body.status).toBe(to);
    } else {
      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ from, to });
    }
  });

  it('records each transition in the appointment’s audit trail with the acting user', async () => {
    const start = new Date(Date.parse(local('07:00'))).toISOString();
    const booked = await desk.post<Booking>('/api/appointments', { caseId: world.clinicA.ids.caseId, sessionId: session.sessionId, calendarId: room.calendarId, start });
    const id = booked.body.appointment.appointmentId;
    await desk.post(`/api/appointments/${id}/status`, { status: 'confirmed' });
    await world.drainStreams();
    const manager = await world.clinicA.api('manager');
    const trail = await manager.get<{ items: { action: string; actor: string; changes: Record<string, { before: unknown; after: unknown }> }[] }>(`/api/audit?entityType=appointment&entityId=${id}`);
    expect(trail.body.items.map((event) => event.action)).toEqual(['updated', 'created']);
    expect(trail.body.items[0]!.changes.status).toEqual({ before: 'booked', after: 'confirmed' });
    expect(trail.body.items[0]!.actor).toBe(world.clinicA.users.front_desk!.memberId);
  });
});
