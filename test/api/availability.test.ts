import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { Calendar, Session, TimeBlock } from '@casefile/core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

type FindTime = { calendars: { calendarId: string; timeZone: string; starts: string[]; freeIntervals: { start: string; end: string }[] }[] };
type Explanation = { bookable: boolean; bookableByStaff: boolean; reasons: { code: string; scope: string; blockId?: string }[] };
type Problem = { errors?: { path: string }[] };

const ZONE = 'America/Toronto';
const DATE = '2031-03-12';
const local = (time: string) => Temporal.PlainDateTime.from(`${DATE}T${time}`).toZonedDateTime(ZONE).toInstant().toString();
const iso = (instant: string) => new Date(instant).toISOString();

describe('find time and explain over the API', () => {
  let world: World;
  let desk: ApiClient;
  let room: Calendar;
  let session: Session;
  let block: TimeBlock;

  beforeAll(async () => {
    world = await startWorld();
    const owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    room = (
      await owner.post<Calendar>('/api/calendars', {
        kind: 'room',
        name: 'Availability test room',
        locationId: world.clinicA.ids.locationId,
        disciplineIds: [world.clinicA.ids.disciplineId],
        onlineBooking: true,
      })
    ).body;
    session = (await owner.post<Session>('/api/sessions', { name: 'Thirty minutes', disciplineId: world.clinicA.ids.disciplineId, durationMinutes: 30, onlineBookable: true })).body;
    const shift = await desk.post('/api/shifts', { calendarId: room.calendarId, date: DATE, start: '09:00', end: '12:00', breaks: [{ start: '10:00', end: '10:30' }] });
    expect(shift.status).toBe(201);
    block = (await desk.post<TimeBlock>('/api/time-blocks', { calendarId: room.calendarId, kind: 'meeting', start: local('11:00'), end: local('11:30') })).body;
  });
  afterAll(() => world?.stop());

  it('lists the openings of a calendar in its location’s zone, around the break and the block', async () => {
    const response = await desk.get<FindTime>(
      `/api/availability?sessionId=${session.sessionId}&calendarIds=${room.calendarId}&from=${local('00:00')}&to=${local('23:59')}&limit=50`,
    );
    expect(response.status).toBe(200);
    const [opening] = response.body.calendars;
    expect(opening!.timeZone).toBe(ZONE);
    expect(opening!.starts.map(iso)).toEqual(['09:00', '09:15', '09:30', '10:30', '11:30'].map((time) => iso(local(time))));
    expect(opening!.freeIntervals.map((interval) => [iso(interval.start), iso(interval.end)])).toEqual([
      [iso(local('09:00')), iso(local('10:00'))],
      [iso(local('10:30')), iso(local('11:00'))],
      [iso(local('11:30')), iso(local('12:00'))],
    ]);
  });

  it('explains every reason an instant is not bookable, and agrees with find time', async () => {
    const explain = (time: string, mode = 'staff') =>
      desk.get<Explanation>(`/api/availability/explain?calendarId=${room.calendarId}&sessionId=${session.sessionId}&at=${local(time)}&mode=${mode}`);
    // Bookable by staff; the only reasons left are online booking's own (it is years ahead).
    const free = (await explain('09:15')).body;
    expect(free).toMatchObject({ bookable: true, bookableByStaff: true });
    expect(free.reasons.every((reason) => reason.scope === 'online')).toBe(true);
    expect((await explain('09:45')).body.reasons.filter((reason) => reason.scope === 'all').map((reason) => reason.code)).toEqual(['in_break']);
    const blocked = (await explain('11:00')).body;
    expect(blocked.bookable).toBe(false);
    expect(blocked.reasons).toContainEqual(expect.objectContaining({ code: 'blocked', blockId: block.blockId, scope: 'all' }));
    expect((await explain('13:00')).body.reasons.map((reason) => reason.code)).toContain('outside_shift');
    // Years ahead: staff may book it, online booking may not (beyond the horizon).
    const online = (await explain('09:15', 'online')).body;
    expect(online).toMatchObject({ bookable: false, bookableByStaff: true });
    expect(online.reasons).toContainEqual(expect.objectContaining({ code: 'horizon', scope: 'online' }));
  });

  it('searches every visible provider calendar of the discipline when no calendars are named', async () => {
    const response = await desk.get<FindTime>(`/api/availability?sessionId=${world.clinicA.ids.sessionId}`);
    expect(response.status).toBe(200);
    expect(response.body.calendars.map((calendar) => calendar.calendarId)).toContain(world.clinicA.ids.calendarId);
    expect(response.body.calendars.some((calendar) => calendar.starts.length > 0)).toBe(true);
  });

  it.each([
    ['no session', '?calendarIds=01JDEM0M1SS1NG000000000000', 'query.sessionId'],
    ['an unknown calendar', (s: string) => `?sessionId=${s}&calendarIds=01JDEM0M1SS1NG000000000000`, 'query.calendarIds.0'],
    ['an unknown session', '?sessionId=01JDEM0M1SS1NG000000000000', 'query.sessionId'],
    ['a window over 62 days', (s: string) => `?sessionId=${s}&from=2031-01-01T00:00:00Z&to=2031-06-01T00:00:00Z`, 'query.to'],
    ['a window that ends before it starts', (s: string) => `?sessionId=${s}&from=2031-01-02T00:00:00Z&to=2031-01-01T00:00:00Z`, 'query.to'],
  ])('answers 400 for %s, naming the field', async (_case, query, path) => {
    const response = await desk.get<Problem>(`/api/availability${typeof query === 'string' ? query : query(session.sessionId)}`);
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.path)).toContain(path);
  });
});
