import { afterAll, beforeAll, describe, expect, it} from 'vitest';
import { ulid } from 'ulidx';
import { addDays, ConflictError, type RepeatShiftsResult, type Shift, type ShiftUpdateResult, type ShiftWeek } from '@casefile/core';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';
import { dynamoEndpoint } from '../setup/fileDynamo';

interface Problem {
  type: string;
  status: number;
  detail: string;
  errors?: { path: string; message: string }[];
  calendarId?: string;
  date?: string;
}

interface CalendarRow {
  calendarId: string;
  locationId: string;
  kind: string;
  name: string;
}

const lunch = { start: '12:00', end: '13:00', label: 'Lunch' };

/** Shifts of the calendars from `from` to `to` (both included), read through GET /api/shifts in windows of at most 62 dates. */
async function listShifts(api: ApiClient, calendarIds: readonly string[], from: string, to: string): Promise<Shift[]> {
  const all: Shift[] = [];
  for (const calendarId of calendarIds) {
    for (let start = from; start <= to; start = addDays(start, 62)) {
      const end = addDays(start, 61) < to ? addDays(start, 61) : to;
      const response = await api.get<{ items: Shift[] }>(`/api/shifts?calendarId=${calendarId}&from=${start}&to=${end}`);
      expect(response.status).toBe(200);
      all.push(...response.body.items);
    }
  }
  return all;
}

describe('shifts', () => {
  let world: World;
  let desk: ApiClient;
  let calendars: CalendarRow[];
  let foreignCalendarId: string;
  // Each test plans its own far-future stretch, beyond the demo seed's 8 weeks.
  let nextStretch = '2040-01-02';
  const stretch = (weeks: number) => {
    const start = nextStretch;
    nextStretch = addDays(nextStretch, 7 * weeks + 7);
    return start;
  };

  beforeAll(async () => {
    world = await startWorld();
    desk = await world.clinicA.api('front_desk');
    const owner = await world.clinicA.api('owner');
    calendars = (await owner.get<{ items: CalendarRow[] }>('/api/calendars')).body.items;
    const intruder = await world.clinicB.api('owner');
    foreignCalendarId = (await intruder.get<{ items: CalendarRow[] }>('/api/calendars')).body.items[0]!.calendarId;
  });
  afterAll(() => world?.stop());

  it('repeats across 3 calendars x 12 weeks exactly once, however often the same request is retried', async () => {
    const chosen = calendars.slice(0, 3).map((calendar) => calendar.calendarId);
    const startDate = stretch(12); // a Monday
    const lastDate = addDays(startDate, 7 * 12 - 1);
    const request = { calendarIds: chosen, startDate, weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], weeks: 12, start: '09:00', end: '17:00', breaks: [lunch] };
    expect(await listShifts(desk, chosen, startDate, lastDate)).toHaveLength(0);

    const first = await desk.post<RepeatShiftsResult>('/api/shifts/repeat', request, { 'idempotency-key': 'repeat-12-weeks' });
    expect(first.status).toBe(201);
    expect(first.body.count).toBe(180);
    expect(first.body.series.map((series) => series.calendarId)).toEqual(chosen);
    expect(new Set(first.body.series.map((series) => series.seriesId)).size).toBe(3);

    const stored = await listShifts(desk, chosen, startDate, lastDate);
    expect(stored).toHaveLength(180);
    for (const calendarId of chosen) {
      const dates = stored.filter((shift) => shift.calendarId === calendarId).map((shift) => shift.date);
      expect(new Set(dates).size).toBe(60);
      expect(dates.every((date) => new Date(`${date}T00:00:00Z`).getUTCDay() % 6 !== 0)).toBe(true);
    }
    expect(stored.every((shift) => shift.start === '09:00' && shift.end === '17:00' && shift.breaks[0]?.label === 'Lunch' && shift.seriesId)).toBe(true);
    const locationOf = new Map(calendars.map((calendar) => [calendar.calendarId, calendar.locationId]));
    expect(stored.every((shift) => shift.locationId === locationOf.get(shift.calendarId))).toBe(true);

    const retry = await desk.post<RepeatShiftsResult>('/api/shifts/repeat', request, { 'idempotency-key': 'repeat-12-weeks' });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body).toEqual(first.body);
    expect(await listShifts(desk, chosen, startDate, lastDate)).toHaveLength(180);

    // Without the key the same request is a new one, and every one of its days is taken.
    const again = await desk.post<Problem>('/api/shifts/repeat', request);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ type: 'urn:casefile:problem:shift_exists', calendarId: chosen[0], date: startDate });
    expect(await listShifts(desk, chosen, startDate, lastDate)).toHaveLength(180);
  });

  describe('bad input answers 400 naming the field, and writes nothing', () => {
    const base = () => ({ calendarId: calendars[0]!.calendarId, start: '09:00', end: '17:00' });

    it.each([
      ['a shift ending before it starts', { start: '17:00', end: '09:00' }, 'body.end'],
      ['a break outside its shift', { breaks: [lunch, { start: '16:30', end: '17:30' }] }, 'body.breaks.1.end'],
      ['a break before its shift', { breaks: [{ start: '08:00', end: '09:15' }] }, 'body.breaks.0.start'],
      ['overlapping breaks', { breaks: [lunch, { start: '15:00', end: '15:15' }, { start: '12:45', end: '13:15' }] }, 'body.breaks.2.start'],
      ['a break ending before it starts', { breaks: [{ start: '13:00', end: '12:00' }] }, 'body.breaks.0.end'],
      ['more than 5 breaks', { breaks: ['09', '10', '11', '12', '13', '14'].map((hour) => ({ start: `${hour}:10`, end: `${hour}:20` })) }, 'body.breaks'],
      ['a time that is not HH:MM', { end: '5pm' }, 'body.end'],
      ['a calendar of another clinic', { calendarId: 'FOREIGN' }, 'body.calendarId'],
      ['a calendar that does not exist', { calendarId: '01JDZZZZZZZZZZZZZZZZZZZZZZ' }, 'body.calendarId'],
    ])('POST /api/shifts with %s', async (_name, change, path) => {
      const date = stretch(1);
      const body = { ...base(), date, ...change };
      if (body.calendarId === 'FOREIGN') body.calendarId = foreignCalendarId;
      const response = await desk.post<Problem>('/api/shifts', body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toBe('application/problem+json');
      expect(response.body.errors?.map((error) => error.path)).toContain(path);
      expect(await listShifts(desk, [base().calendarId], date, date)).toHaveLength(0);
    });

    it.each([
      ['a break outside its shift', { breaks: [{ start: '17:00', end: '18:00' }] }, 'body.breaks.0.end'],
      ['a calendar that does not exist', { calendarIds: ['CALENDAR_0', '01JDZZZZZZZZZZZZZZZZZZZZZZ'] }, 'body.calendarIds.1'],
      ['a calendar listed twice', { calendarIds: ['CALENDAR_0', 'CALENDAR_1', 'CALENDAR_0'] }, 'body.calendarIds.2'],
      ['a weekday listed twice', { weekdays: ['MO', 1] }, 'body.weekdays.1'],
      ['no weeks', { weeks: 0 }, 'body.weeks'],
    ])('POST /api/shifts/repeat with %s', async (_name, change, path) => {
      const startDate = stretch(2);
      const ids = calendars.map((calendar) => calendar.calendarId);
      const resolve = (value: unknown) => (Array.isArray(value) ? value.map((id) => (typeof id === 'string' && id.startsWith('CALENDAR_') ? ids[Number(id.slice(9))] : id)) : value);
      const body = { calendarIds: ids.slice(0, 2), startDate, weekdays: ['MO', 'TU'], weeks: 2, start: '09:00', end: '17:00', breaks: [], ...change };
      body.calendarIds = resolve(body.calendarIds) as string[];
      const response = await desk.post<Problem>('/api/shifts/repeat', body);
      expect(response.status).toBe(400);
      expect(response.body.errors?.map((error) => error.path)).toContain(path);
      expect(await listShifts(desk, ids, startDate, addDays(startDate, 13))).toHaveLength(0);
    });
  });

  it('allows one shift per calendar and day: a second answers 409 naming the calendar and date', async () => {
    const date = stretch(1);
    const calendar = calendars[1]!;
    const body = { calendarId: calendar.calendarId, date, start: '08:00', end: '12:00' };
    const created = await desk.post<Shift>('/api/shifts', body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, breaks: [], locationId: calendar.locationId, version: 1 });
    expect(created.body).not.toHaveProperty('seriesId');

    const second = await desk.post<Problem>('/api/shifts', { ...body, start: '13:00', end: '17:00' });
    expect(second.status).toBe(409);
    expect(second.body).toMatchObject({ calendarId: calendar.calendarId, date });
    expect(second.body.detail).toContain(calendar.name);
    expect(second.body.detail).toContain(date);

    // A repeat that meets that day writes nothing on any of its calendars.
    const others = [calendars[0]!.calendarId, calendar.calendarId];
    const repeat = await desk.post<Problem>('/api/shifts/repeat', { calendarIds: others, startDate: addDays(date, -3), weekdays: [1, 2, 3, 4, 5, 6, 7], weeks: 1, start: '09:00', end: '10:00' });
    expect(repeat.status).toBe(409);
    expect(repeat.body).toMatchObject({ calendarId: calendar.calendarId, date });
    expect(await listShifts(desk, others, addDays(date, -3), addDays(date, 3))).toHaveLength(1);
  });

  it('lets exactly one of many racing creates for the same day win', async () => {
    const date = stretch(1);
    const body = { calendarId: calendars[2]!.calendarId, date, start: '09:00', end: '17:00' };
    const responses = await Promise.all(Array.from({ length: 8 }, () => desk.post('/api/shifts', body)));
    expect(responses.map((response) => response.status).sort()).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
    expect(await listShifts(desk, [body.calendarId], date, date)).toHaveLength(1);
  });

  it('shows a location week, Monday to Sunday, every calendar of the location with its shifts', async () => {
    const monday = stretch(2);
    const [main, other] = (await desk.get<{ items: { locationId: string }[] }>('/api/locations')).body.items;
    const owner = await world.clinicA.api('owner');
    const elsewhere = await owner.post<CalendarRow>('/api/calendars', { kind: 'room', name: 'Pool', locationId: other!.locationId });
    expect(elsewhere.status).toBe(201);
    const here = calendars.filter((calendar) => calendar.locationId === main!.locationId);
    const planned = await desk.post<RepeatShiftsResult>('/api/shifts/repeat', {
      calendarIds: [here[0]!.calendarId, elsewhere.body.calendarId],
      startDate: addDays(monday, -7),
      weekdays: ['MO', 'SU'],
      weeks: 3,
      start: '10:00',
      end: '14:00',
    });
    expect(planned.status).toBe(201);
    await desk.post('/api/shifts', { calendarId: here[1]!.calendarId, date: addDays(monday, 3), start: '07:00', end: '24:00', breaks: [{ start: '12:00', end: '12:30' }] });

    const week = await desk.get<ShiftWeek>(`/api/shifts/week?locationId=${main!.locationId}&weekOf=${addDays(monday, 4)}`);
    expect(week.status).toBe(200);
    expect(week.body.dates).toEqual([0, 1, 2, 3, 4, 5, 6].map((offset) => addDays(monday, offset)));
    expect(week.body.calendars.map((row) => row.calendarId).sort()).toEqual(here.map((calendar) => calendar.calendarId).sort());
    const rows = new Map(week.body.calendars.map((row) => [row.calendarId, row]));
    expect(rows.get(here[0]!.calendarId)!.shifts.map((shift) => shift.date)).toEqual([monday, addDays(monday, 6)]);
    expect(rows.get(here[1]!.calendarId)!.shifts.map((shift) => [shift.date, shift.end])).toEqual([[addDays(monday, 3), '24:00']]);
    expect(week.body.calendars.flatMap((row) => row.shifts).every((shift) => shift.date >= monday && shift.date <= addDays(monday, 6))).toBe(true);

    const otherWeek = await desk.get<ShiftWeek>(`/api/shifts/week?locationId=${other!.locationId}&weekOf=${monday}`);
    expect(otherWeek.body.calendars.map((row) => [row.calendarId, row.shifts.length])).toContainEqual([elsewhere.body.calendarId, 2]);

    const missing = await desk.get<Problem>(`/api/shifts/week?locationId=01JDZZZZZZZZZZZZZZZZZZZZZZ&weekOf=${monday}`);
    expect(missing.status).toBe(404);
  });

  describe('editing one occurrence or the rest of its series', () => {
    let series: { shiftId: string; date: string }[];
    let calendarId: string;

    beforeAll(async () => {
      calendarId = calendars[3]!.calendarId;
      const planned = await desk.post<RepeatShiftsResult>('/api/shifts/repeat', {
        calendarIds: [calendarId],
        startDate: stretch(5),
        weekdays: ['WE'],
        weeks: 5,
        start: '09:00',
        end: '17:00',
        breaks: [lunch],
      });
      series = planned.body.series[0]!.occurrences;
      expect(series).toHaveLength(5);
    });

    const read = async () => {
      const shifts = await listShifts(desk, [calendarId], series[0]!.date, series[4]!.date);
      return shifts.map((shift) => `${shift.date} ${shift.start}-${shift.end} ${shift.breaks.map((pause) => `${pause.start}-${pause.end}`).join(',')}`);
    };

    it('changes one occurrence only', async () => {
      const response = await desk.patch<ShiftUpdateResult>(`/api/shifts/${series[1]!.shiftId}?scope=one`, { end: '15:00' });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ scope: 'one', count: 1 });
      expect(response.body.items[0]).toMatchObject({ end: '15:00', version: 2, seriesId: expect.any(String) });
      expect((await read()).map((line) => line.split(' ')[1])).toEqual(['09:00-17:00', '09:00-15:00', '09:00-17:00', '09:00-17:00', '09:00-17:00']);
    });

    it('checks every occurrence in scope before writing any', async () => {
      const response = await desk.patch<Problem>(`/api/shifts/${series[0]!.shiftId}?scope=following`, { start: '15:30', breaks: [] });
      expect(response.status).toBe(400);
      expect(response.body.errors).toEqual([{ path: 'body.end', message: `The shift must end after it starts. (on ${series[1]!.date})` }]);
      const stored = await read();
      expect(stored.every((line) => line.includes(' 09:00-'))).toBe(true);

      const breakOutside = await desk.patch<Problem>(`/api/shifts/${series[0]!.shiftId}?scope=following`, { end: '12:30' });
      expect(breakOutside.status).toBe(400);
      expect(breakOutside.body.errors?.[0]?.path).toBe('body.end');
    });

    it('changes this and the following occurrences, field by field', async () => {
      const response = await desk.patch<ShiftUpdateResult>(`/api/shifts/${series[1]!.shiftId}?scope=following`, { start: '08:00', breaks: [{ start: '12:30', end: '13:00' }] });
      expect(response.status).toBe(200);
      expect(response.body.count).toBe(4);
      expect(response.body.items.map((shift) => shift.date)).toEqual(series.slice(1).map((one) => one.date));
      expect(await read()).toEqual([
        `${series[0]!.date} 09:00-17:00 12:00-13:00`,
        `${series[1]!.date} 08:00-15:00 12:30-13:00`,
        `${series[2]!.date} 08:00-17:00 12:30-13:00`,
        `${series[3]!.date} 08:00-17:00 12:30-13:00`,
        `${series[4]!.date} 08:00-17:00 12:30-13:00`,
      ]);
    });

    it('deletes one occurrence, then the rest of the series from a later one', async () => {
      expect((await desk.request('DELETE', `/api/shifts/${series[2]!.shiftId}`)).status).toBe(204);
      expect((await desk.get(`/api/shifts/${series[2]!.shiftId}`)).status).toBe(404);
      expect((await desk.request('DELETE', `/api/shifts/${series[2]!.shiftId}`)).status).toBe(404);

      expect((await desk.request('DELETE', `/api/shifts/${series[1]!.shiftId}?scope=following`)).status).toBe(204);
      expect((await read()).map((line) => line.split(' ')[0])).toEqual([series[0]!.date]);

      // The days are free again.
      const again = await desk.post('/api/shifts', { calendarId, date: series[3]!.date, start: '10:00', end: '11:00' });
      expect(again.status).toBe(201);
    });
  });

  it('shows providers only the shifts of calendars they may see', async () => {
    const provider = await world.clinicA.api('provider');
    const providerUser = world.clinicA.users.provider!;
    const owner = await world.clinicA.api('owner');
    const all = (await owner.get<{ items: (CalendarRow & { memberId?: string; grantedMemberIds: string[] })[] }>('/api/calendars')).body.items;
    const hidden = all.find((calendar) => calendar.memberId !== providerUser.memberId && !calendar.grantedMemberIds.includes(providerUser.memberId))!;
    const date = stretch(1);
    const created = await desk.post<Shift>('/api/shifts', { calendarId: hidden.calendarId, date, start: '09:00', end: '10:00' });
    expect((await provider.get(`/api/shifts/${created.body.shiftId}`)).status).toBe(404);
    expect((await provider.get(`/api/shifts?calendarId=${hidden.calendarId}&from=${date}&to=${date}`)).status).toBe(404);
    expect((await provider.patch(`/api/shifts/${created.body.shiftId}`, { end: '11:00' })).status).toBe(403);
  });

  it('undoes what a repeat already wrote when a later transaction meets a day taken in between', async () => {
    const { clinicId } = world.clinicA;
    const service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
    const repos = createClinicRepositories({ service, clinicId, actor: 'test', now: () => new Date(), newId: () => ulid() });
    const chosen = calendars.slice(0, 3);
    const startDate = stretch(6);
    const dates = Array.from({ length: 40 }, (_, index) => addDays(startDate, index));
    // A claim with no shift behind it: invisible to the check before writing, met by the third transaction.
    const taken = dates[39]!;
    await service.entities.uniqueValue.create({ clinicId, kind: 'shiftDay', value: `${chosen[2]!.calendarId}#${taken}`, ownerId: 'someone-else' }).go();

    const attempt = repos.shifts.createSeries(chosen, dates, { start: '09:00', end: '17:00', breaks: [] });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toMatchObject({ details: { extra: { calendarId: chosen[2]!.calendarId, date: taken } } });
    for (const calendar of chosen) expect(await repos.shifts.listForCalendar(calendar.calendarId, dates[0]!, taken)).toEqual([]);
    // The undone days' claims are gone too.
    const retry = await desk.post('/api/shifts', { calendarId: chosen[0]!.calendarId, date: dates[0], start: '09:00', end: '10:00' });
    expect(retry.status).toBe(201);
  });
});
