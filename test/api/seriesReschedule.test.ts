import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { Calendar, Session } from '@casefile/core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type Appointment = { appointmentId: string; status: string; start: string; calendarId: string; seriesId?: string; rescheduledFromId?: string; rescheduledToId?: string };
type Rescheduled = { items: Appointment[]; conflicts: { appointmentId: string }[]; skipped: { appointmentId: string; status: string }[] };
type Problem = { errors?: { path: string }[]; from?: string; to?: string; reasons?: { code: string }[] };

const ZONE = 'America/Toronto';
const at = (date: string, time: string) => Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE).toInstant().toString();
const wallClock = (instant: string) => Temporal.Instant.from(instant).toZonedDateTimeISO(ZONE).toPlainTime().toString();
const localDate = (instant: string) => Temporal.Instant.from(instant).toZonedDateTimeISO(ZONE).toPlainDate().toString();
/** Tuesdays on both sides of Toronto's daylight-saving change of 2031-11-02. */
const TUESDAYS = ['2031-10-21', '2031-10-28', '2031-11-04', '2031-11-11'];

describe('rescheduling this and the following of a series (A4)', () => {
  let world: World;
  let desk: ApiClient;
  let room: Calendar;
  let otherRoom: Calendar;
  let series: Appointment[];
  let session: Session;

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    const roomBody = (name: string) => ({ kind: 'room', name, locationId: world.clinicA.ids.locationId, disciplineIds: [world.clinicA.ids.disciplineId] });
    room = (await owner.post<Calendar>('/api/calendars', roomBody('Series room'))).body;
    otherRoom = (await owner.post<Calendar>('/api/calendars', roomBody('Other series room'))).body;
    session = (await owner.post<Session>('/api/sessions', { name: 'Series session', disciplineId: world.clinicA.ids.disciplineId, durationMinutes: 45 })).body;
    for (const date of TUESDAYS) {
      for (const calendar of [room, otherRoom]) expect((await desk.post('/api/shifts', { calendarId: calendar.calendarId, date, start: '08:00', end: '18:00', breaks: [] })).status).toBe(201);
    }
    const first = await desk.post<{ appointment: Appointment }>('/api/appointments', {
      caseId: world.clinicA.ids.caseId,
      sessionId: session.sessionId,
      calendarId: room.calendarId,
      start: at(TUESDAYS[0]!, '10:00'),
    });
    const repeated = await desk.post<{ items: Appointment[] }>(`/api/appointments/${first.body.appointment.appointmentId}/repeat`, {
      pattern: { weekdays: ['TU'], count: 4 },
      dates: TUESDAYS.slice(1),
    });
    expect(repeated.status).toBe(201);
    series = repeated.body.items;
    // The third visit happened: it stays where it was.
    expect((await desk.post(`/api/appointments/${series[2]!.appointmentId}/status`, { status: 'arrived' })).status).toBe(200);
  });
  afterAll(() => world?.stop());

  const get = async (id: string) => (await desk.get<Appointment>(`/api/appointments/${id}`)).body;
  const reschedule = (id: string, body: unknown, scope = 'following') => desk.post<Rescheduled & Problem>(`/api/appointments/${id}/reschedule-series?scope=${scope}`, body);

  it('needs something to change', async () => {
    const response = await reschedule(series[1]!.appointmentId, {});
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.path)).toEqual(['body.localTime']);
  });

  it('moves this and the following to a new local time on each own date across the clock change, skipping a visit that happened', async () => {
    const response = await reschedule(series[1]!.appointmentId, { localTime: '14:30' });
    expect(response.status).toBe(201);
    const moved = response.body.items;
    expect(moved.map((item) => localDate(item.start))).toEqual([TUESDAYS[1], TUESDAYS[3]]);
    expect(moved.map((item) => wallClock(item.start))).toEqual(['14:30:00', '14:30:00']);
    // 14:30 is 18:30Z before the change and 19:30Z after it.
    expect(moved.map((item) => item.start.slice(11, 16))).toEqual(['18:30', '19:30']);
    expect(response.body.skipped).toEqual([{ appointmentId: series[2]!.appointmentId, status: 'arrived' }]);
    for (const [index, original] of [series[1]!, series[3]!].entries()) {
      expect(await get(original.appointmentId)).toMatchObject({ status: 'rebooked', rescheduledToId: moved[index]!.appointmentId });
      expect(moved[index]).toMatchObject({ status: 'booked', rescheduledFromId: original.appointmentId, seriesId: original.seriesId });
    }
    expect((await get(series[0]!.appointmentId)).status).toBe('booked');
    expect((await get(series[2]!.appointmentId)).status).toBe('arrived');
    series = [series[0]!, moved[0]!, series[2]!, moved[1]!];
  });

  it('refuses in no-overlap mode when one date is taken on the new calendar, and changes nothing', async () => {
    const blocker = await desk.post<{ appointment: Appointment }>('/api/appointments', {
      caseId: world.clinicA.ids.caseId,
      sessionId: session.sessionId,
      calendarId: otherRoom.calendarId,
      start: at(TUESDAYS[3]!, '14:45'),
    });
    expect(blocker.status).toBe(201);
    const refused = await reschedule(series[1]!.appointmentId, { calendarId: otherRoom.calendarId, mode: 'no_overlap' });
    expect(refused.status).toBe(409);
    expect(refused.body.reasons?.map((reason) => reason.code)).toContain('busy');
    expect((await get(series[1]!.appointmentId)).status).toBe('booked');
    expect((await get(series[3]!.appointmentId)).status).toBe('booked');

    const overlapping = await reschedule(series[1]!.appointmentId, { calendarId: otherRoom.calendarId, mode: 'staff' });
    expect(overlapping.status).toBe(201);
    expect(overlapping.body.items.map((item) => item.calendarId)).toEqual([otherRoom.calendarId, otherRoom.calendarId]);
    expect(overlapping.body.conflicts.map((conflict) => conflict.appointmentId)).toEqual([blocker.body.appointment.appointmentId]);
  });

  it('answers 409 naming from and to when the appointment itself can no longer move', async () => {
    const response = await reschedule(series[2]!.appointmentId, { localTime: '09:00' });
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({ from: 'arrived', to: 'rebooked' });
  });
});
