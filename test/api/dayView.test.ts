import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { Calendar, DayView, Session } from '@casefile/core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

const ZONE = 'America/Toronto';
const DATE = '2031-05-06';
const local = (time: string) => Temporal.PlainDateTime.from(`${DATE}T${time}`).toZonedDateTime(ZONE).toInstant().toString();

describe('day view', () => {
  let world: World;
  let desk: ApiClient;
  let roomA: Calendar;
  let roomB: Calendar;
  let canceledId: string;

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    const room = (name: string) =>
      owner.post<Calendar>('/api/calendars', { kind: 'room', name, locationId: world.clinicA.ids.locationId, disciplineIds: [world.clinicA.ids.disciplineId] });
    roomA = (await room('Day view room A')).body;
    roomB = (await room('Day view room B (no shift)')).body;
    const session = (await owner.post<Session>('/api/sessions', { name: 'Day view session', disciplineId: world.clinicA.ids.disciplineId, durationMinutes: 30 })).body;
    await desk.post('/api/shifts', { calendarId: roomA.calendarId, date: DATE, start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '12:30' }] });
    await desk.post('/api/time-blocks', { calendarId: roomA.calendarId, kind: 'meeting', label: 'Huddle', start: local('08:30'), end: local('09:00') });
    const book = (time: string) =>
      desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId: world.clinicA.ids.caseId, sessionId: session.sessionId, calendarId: roomA.calendarId, start: local(time) });
    await book('09:00');
    const toConfirm = await book('10:00');
    await desk.post(`/api/appointments/${toConfirm.body.appointment.appointmentId}/status`, { status: 'confirmed' });
    const toCancel = await book('11:00');
    canceledId = toCancel.body.appointment.appointmentId;
    await desk.post(`/api/appointments/${canceledId}/status`, { status: 'canceled', reason: 'Sick' });
  });
  afterAll(() => world?.stop());

  it('shows the calendars with a shift that day, their shift, blocks and appointments, with counts per status', async () => {
    const response = await desk.get<DayView>(`/api/day-view?locationId=${world.clinicA.ids.locationId}&date=${DATE}`);
    expect(response.status).toBe(200);
    const ids = response.body.columns.map((column) => column.calendarId);
    expect(ids).toContain(roomA.calendarId);
    expect(ids).not.toContain(roomB.calendarId);
    const column = response.body.columns.find((candidate) => candidate.calendarId === roomA.calendarId)!;
    expect(column.shift).toMatchObject({ start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '12:30' }] });
    expect(column.blocks.map((block) => block.label)).toEqual(['Huddle']);
    expect(column.appointments.map((appointment) => appointment.status)).toEqual(['booked', 'confirmed']);
    expect(column.appointments[0]).toMatchObject({ caseId: world.clinicA.ids.caseId, caseLabel: expect.stringMatching(/^RPR-/), clientName: expect.any(String), sessionName: 'Day view session' });
    expect(response.body.counts).toMatchObject({ booked: 1, confirmed: 1, canceled: 1 });
    expect(response.body.total).toBe(2);
  });

  it('shows canceled appointments only when asked, and the calendars asked for', async () => {
    const response = await desk.get<DayView>(
      `/api/day-view?locationId=${world.clinicA.ids.locationId}&date=${DATE}&statuses=canceled&calendarIds=${roomA.calendarId},${roomB.calendarId}`,
    );
    expect(response.body.columns.map((column) => column.calendarId)).toEqual([roomA.calendarId, roomB.calendarId]);
    expect(response.body.columns[0]!.appointments.map((appointment) => appointment.appointmentId)).toEqual([canceledId]);
    expect(response.body.columns[1]!.shift).toBeNull();
  });

  it('filters columns by discipline', async () => {
    const owner = await world.clinicA.api('owner');
    const other = await owner.post<{ disciplineId: string }>('/api/disciplines', { name: `Day view other ${Date.now()}` });
    const response = await desk.get<DayView>(`/api/day-view?locationId=${world.clinicA.ids.locationId}&date=${DATE}&disciplineId=${other.body.disciplineId}`);
    expect(response.body.columns).toEqual([]);
  });
});
