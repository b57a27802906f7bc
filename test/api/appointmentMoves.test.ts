import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { Calendar, Session } from '@casefile/core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type Appointment = {
  appointmentId: string;
  status: string;
  start: string;
  end: string;
  calendarId: string;
  caseId: string;
  sessionId: string;
  seriesId?: string;
  rescheduledFromId?: string;
  rescheduledToId?: string;
  notes?: string;
  cancellation?: { reason: string; late: boolean };
};
type Booking = { appointment: Appointment; conflicts: { appointmentId: string; calendarId: string }[] };
type Problem = { type: string; errors?: { path: string }[]; from?: string; to?: string; reasons?: { code: string }[] };
type Preview = {
  occurrences: { date: string; start: string; end: string; bookable: boolean; explanations: { calendarId: string; reasons: { code: string; appointmentId?: string }[] }[] }[];
};
type Series = { seriesId: string; items: Appointment[] };
type SeriesAction = { items: Appointment[]; skipped: { appointmentId: string; status: string }[] };

const ZONE = 'America/Toronto';
const at = (date: string, time: string) => Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(ZONE).toInstant().toString();
const wallClock = (instant: string) => Temporal.Instant.from(instant).toZonedDateTimeISO(ZONE).toPlainTime().toString();
const ms = (instant: string) => new Date(instant).toISOString();

/** Tuesdays around the daylight-saving change of 2031-11-02 in Toronto, in the future for years to come. */
const TUESDAYS = ['2031-10-21', '2031-10-28', '2031-11-04', '2031-11-11', '2031-11-18'];
const MOVE_DATE = '2031-05-13';

describe('appointments: move, copy, repeat and series (A4)', () => {
  let world: World;
  let desk: ApiClient;
  let room: Calendar;
  let otherRoom: Calendar;
  let session: Session;

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    const roomBody = (name: string) => ({ kind: 'room', name, locationId: world.clinicA.ids.locationId, disciplineIds: [world.clinicA.ids.disciplineId] });
    room = (await owner.post<Calendar>('/api/calendars', roomBody('Move room'))).body;
    otherRoom = (await owner.post<Calendar>('/api/calendars', roomBody('Copy room'))).body;
    session = (await owner.post<Session>('/api/sessions', { name: 'Move session', disciplineId: world.clinicA.ids.disciplineId, durationMinutes: 45 })).body;
    // No shift on 2031-11-18: that occurrence is outside the room's hours.
    for (const date of [MOVE_DATE, ...TUESDAYS.slice(0, 4)]) {
      for (const calendar of [room, otherRoom]) {
        const shift = await desk.post('/api/shifts', { calendarId: calendar.calendarId, date, start: '08:00', end: '18:00', breaks: [] });
        expect(shift.status).toBe(201);
      }
    }
  });
  afterAll(() => world?.stop());

  const book = (start: string, mode: 'staff' | 'no_overlap' = 'staff', calendar = room) =>
    desk.post<Booking & Problem>('/api/appointments', { caseId: world.clinicA.ids.caseId, sessionId: session.sessionId, calendarId: calendar.calendarId, start, mode });
  const get = async (id: string) => (await desk.get<Appointment>(`/api/appointments/${id}`)).body;
  const caseAppointments = async () => (await desk.get<{ items: Appointment[] }>(`/api/cases/${world.clinicA.ids.caseId}/appointments?limit=100`)).body.items;

  it('moves: a new appointment, the old one Rebooked, linked both ways, and the old time free again', async () => {
    const original = (await book(at(MOVE_DATE, '09:00'), 'no_overlap')).body.appointment;
    // No-overlap mode does not count the appointment being moved as busy: half an hour later overlaps it.
    const moved = await desk.post<Booking & Problem>(`/api/appointments/${original.appointmentId}/move`, { start: at(MOVE_DATE, '09:30') });
    expect(moved.status).toBe(201);
    expect(moved.body.appointment).toMatchObject({ status: 'booked', start: ms(at(MOVE_DATE, '09:30')), rescheduledFromId: original.appointmentId, caseId: original.caseId, sessionId: session.sessionId });
    expect(moved.body.conflicts).toEqual([]);
    expect(await get(original.appointmentId)).toMatchObject({ status: 'rebooked', rescheduledToId: moved.body.appointment.appointmentId });
    // 09:00-09:30 is free again; 09:30 is taken by the moved one.
    expect((await book(at(MOVE_DATE, '08:45'), 'no_overlap')).status).toBe(201);
    const taken = await book(at(MOVE_DATE, '09:45'), 'no_overlap');
    expect(taken.status).toBe(409);
    expect(taken.body.reasons?.map((reason) => reason.code)).toContain('busy');
  });

  it('refuses to move into taken time in no-overlap mode, and writes nothing', async () => {
    const blocker = (await book(at(MOVE_DATE, '14:00'))).body.appointment;
    const original = (await book(at(MOVE_DATE, '12:00'))).body.appointment;
    const refused = await desk.post<Problem>(`/api/appointments/${original.appointmentId}/move`, { start: at(MOVE_DATE, '14:15'), mode: 'no_overlap' });
    expect(refused.status).toBe(409);
    expect(refused.body.reasons?.map((reason) => reason.code)).toContain('busy');
    expect((await get(original.appointmentId)).status).toBe('booked');
    expect((await get(blocker.appointmentId)).status).toBe('booked');
  });

  it('answers 409 naming from and to when moving a canceled appointment, and 400 with the field on bad input', async () => {
    const booked = (await book(at(MOVE_DATE, '16:00'))).body.appointment;
    expect((await desk.post(`/api/appointments/${booked.appointmentId}/status`, { status: 'canceled', reason: 'Client moved away' })).status).toBe(200);
    const moved = await desk.post<Problem>(`/api/appointments/${booked.appointmentId}/move`, { start: at(MOVE_DATE, '17:00') });
    expect(moved.status).toBe(409);
    expect(moved.body).toMatchObject({ from: 'canceled', to: 'rebooked' });
    const bad = await desk.post<Problem>(`/api/appointments/${booked.appointmentId}/move`, { start: 'tomorrow' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.map((error) => error.path)).toContain('body.start');
  });

  it('copies to another time and calendar: an independent appointment, the original untouched', async () => {
    const original = (await book(at(MOVE_DATE, '10:30'))).body.appointment;
    const copy = await desk.post<Booking>(`/api/appointments/${original.appointmentId}/copy`, { start: at(MOVE_DATE, '11:00'), calendarId: otherRoom.calendarId, mode: 'no_overlap' });
    expect(copy.status).toBe(201);
    expect(copy.body.appointment).toMatchObject({ status: 'booked', calendarId: otherRoom.calendarId, caseId: original.caseId, sessionId: original.sessionId, start: ms(at(MOVE_DATE, '11:00')) });
    expect(copy.body.appointment.appointmentId).not.toBe(original.appointmentId);
    expect(copy.body.appointment.rescheduledFromId).toBeUndefined();
    expect(await get(original.appointmentId)).toMatchObject({ status: 'booked', start: original.start });
  });

  it('previews a repeat over the November 2026 daylight-saving change at the same local time', async () => {
    // 2026-11-01: Toronto goes from UTC-4 to UTC-5. Staff may book in the past.
    const first = (await book(at('2026-10-20', '10:00'))).body.appointment;
    const preview = await desk.post<Preview>(`/api/appointments/${first.appointmentId}/repeat/preview`, { pattern: { weekdays: ['TU'], count: 4 } });
    expect(preview.status).toBe(200);
    expect(preview.body.occurrences.map((occurrence) => occurrence.date)).toEqual(['2026-10-20', '2026-10-27', '2026-11-03', '2026-11-10']);
    for (const occurrence of preview.body.occurrences) expect(wallClock(occurrence.start)).toBe('10:00:00');
    const [, before, after] = preview.body.occurrences;
    expect(new Date(after!.start).getUTCHours() - new Date(before!.start).getUTCHours()).toBe(1);
  });

  it('books and cancels a long series in several transactions', async () => {
    const first = (await book(at('2032-01-05', '07:00'), 'staff', otherRoom)).body.appointment;
    const pattern = { weekdays: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], count: 52 };
    const preview = await desk.post<Preview>(`/api/appointments/${first.appointmentId}/repeat/preview`, { pattern });
    const dates = preview.body.occurrences.slice(1).map((occurrence) => occurrence.date);
    expect(dates).toHaveLength(51);
    const confirmed = await desk.post<Series>(`/api/appointments/${first.appointmentId}/repeat`, { pattern, dates, mode: 'staff' });
    expect(confirmed.status).toBe(201);
    expect(confirmed.body.items).toHaveLength(52);
    expect(new Set(confirmed.body.items.map((item) => item.seriesId)).size).toBe(1);
    const tenth = confirmed.body.items[9]!;
    const canceled = await desk.post<SeriesAction>(`/api/appointments/${tenth.appointmentId}/cancel-series?scope=following`, { reason: 'Plan ended early' });
    expect(canceled.status).toBe(200);
    expect(canceled.body.items).toHaveLength(43);
    expect((await get(confirmed.body.items[8]!.appointmentId)).status).toBe('booked');
    expect((await get(confirmed.body.items[51]!.appointmentId)).status).toBe('canceled');
  }, 60_000);

  describe('a repeated series across the 2031 daylight-saving change', () => {
    let first: Appointment;
    let blocker: Appointment;
    let series: Series;
    const pattern = { weekdays: ['TU'], intervalWeeks: 1, until: '2031-11-18' };

    beforeAll(async () => {
      first = (await book(at(TUESDAYS[0]!, '10:00'))).body.appointment;
      blocker = (await book(at(TUESDAYS[2]!, '10:15'))).body.appointment;
    });

    it('previews every date at the local time, each with its conflicts', async () => {
      const preview = await desk.post<Preview>(`/api/appointments/${first.appointmentId}/repeat/preview`, { pattern });
      expect(preview.status).toBe(200);
      const occurrences = preview.body.occurrences;
      expect(occurrences.map((occurrence) => occurrence.date)).toEqual(TUESDAYS);
      for (const occurrence of occurrences) {
        expect(wallClock(occurrence.start)).toBe('10:00:00');
        expect(Date.parse(occurrence.end) - Date.parse(occurrence.start)).toBe(45 * 60_000);
      }
      expect(occurrences.map((occurrence) => occurrence.bookable)).toEqual([true, true, false, true, false]);
      const busy = occurrences[2]!.explanations[0]!.reasons.find((reason) => reason.code === 'busy');
      expect(busy?.appointmentId).toBe(blocker.appointmentId);
      expect(occurrences[4]!.explanations[0]!.reasons.map((reason) => reason.code)).toContain('outside_shift');
    });

    it('refuses dates that are not the pattern’s, and no-overlap refuses the whole series when one date is taken', async () => {
      const notInPattern = await desk.post<Problem>(`/api/appointments/${first.appointmentId}/repeat`, { pattern, dates: ['2031-10-29'] });
      expect(notInPattern.status).toBe(400);
      expect(notInPattern.body.errors?.map((error) => error.path)).toEqual(['body.dates.0']);
      const before = (await caseAppointments()).length;
      const refused = await desk.post<Problem>(`/api/appointments/${first.appointmentId}/repeat`, { pattern, dates: [TUESDAYS[1], TUESDAYS[2]], mode: 'no_overlap' });
      expect(refused.status).toBe(409);
      expect((await caseAppointments()).length).toBe(before);
    });

    it('confirms exactly the chosen dates as one series, and a retry with the same key creates nothing more', async () => {
      const before = (await caseAppointments()).length;
      const request = { pattern, dates: [TUESDAYS[1], TUESDAYS[3]] };
      const key = { 'idempotency-key': `repeat-${first.appointmentId}` };
      const confirmed = await desk.post<Series>(`/api/appointments/${first.appointmentId}/repeat`, request, key);
      expect(confirmed.status).toBe(201);
      series = confirmed.body;
      expect(series.items.map((item) => item.start)).toEqual([ms(at(TUESDAYS[0]!, '10:00')), ms(at(TUESDAYS[1]!, '10:00')), ms(at(TUESDAYS[3]!, '10:00'))]);
      expect(new Set(series.items.map((item) => item.seriesId))).toEqual(new Set([series.seriesId]));
      expect((await get(first.appointmentId)).seriesId).toBe(series.seriesId);
      expect((await caseAppointments()).length).toBe(before + 2);

      const replayed = await desk.post<Series>(`/api/appointments/${first.appointmentId}/repeat`, request, key);
      expect(replayed.status).toBe(201);
      expect(replayed.body).toEqual(series);
      // Even without the key, a repeat of the same confirm finds what it booked.
      const again = await desk.post<Series>(`/api/appointments/${first.appointmentId}/repeat`, request);
      expect(again.body.items.map((item) => item.appointmentId)).toEqual(series.items.map((item) => item.appointmentId));
      expect((await caseAppointments()).length).toBe(before + 2);
    });

    it('edits the notes of this and the following', async () => {
      const [, second, third] = series.items;
      const edited = await desk.patch<SeriesAction>(`/api/appointments/${second!.appointmentId}/series-notes?scope=following`, { notes: 'Bring the brace.' });
      expect(edited.status).toBe(200);
      expect(edited.body.items.map((item) => item.appointmentId)).toEqual([second!.appointmentId, third!.appointmentId]);
      expect((await get(third!.appointmentId)).notes).toBe('Bring the brace.');
      expect((await get(first.appointmentId)).notes).toBeUndefined();
    });

    it('cancels this and the following of the series, and only those', async () => {
      const [, second, third] = series.items;
      const canceled = await desk.post<SeriesAction & Problem>(`/api/appointments/${second!.appointmentId}/cancel-series?scope=following`, { reason: 'Treatment plan changed' });
      expect(canceled.status).toBe(200);
      expect(canceled.body.items.map((item) => item.appointmentId)).toEqual([second!.appointmentId, third!.appointmentId]);
      expect((await get(second!.appointmentId))).toMatchObject({ status: 'canceled', cancellation: { reason: 'Treatment plan changed', late: false } });
      expect((await get(third!.appointmentId)).status).toBe('canceled');
      expect((await get(first.appointmentId)).status).toBe('booked');
      expect((await get(blocker.appointmentId)).status).toBe('booked');
      // The canceled time is free again.
      expect((await book(at(TUESDAYS[3]!, '10:00'), 'no_overlap')).status).toBe(201);
      // A second cancel of the canceled one names from and to.
      const again = await desk.post<Problem>(`/api/appointments/${second!.appointmentId}/cancel-series?scope=following`, { reason: 'Again' });
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ from: 'canceled', to: 'canceled' });
    });
  });
});
