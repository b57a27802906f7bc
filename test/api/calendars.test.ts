import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Calendar, Member, Session, TimeBlock } from '@casefile/core';
import { startWorld, type World } from '../support/world';

type Page<T> = { items: T[]; nextCursor: string | null };
type Problem = { errors?: { path: string; message: string }[] };

describe('calendars, sessions and time blocks', () => {
  let world: World;
  beforeAll(async () => {
    world = await startWorld();
  });
  afterAll(() => world?.stop());

  it('gives a new provider their own calendar, in the same write as the member', async () => {
    const owner = await world.clinicA.api('owner');
    const member = await owner.post<Member>('/api/members', {
      firstName: 'Nadia',
      lastName: 'Kowalski',
      email: `nadia.${Date.now()}@riverside.demo`,
      role: 'provider',
      disciplineIds: [world.clinicA.ids.disciplineId],
      calendarLocationId: world.clinicA.ids.locationId,
    });
    expect(member.status).toBe(201);
    expect(member.body).not.toHaveProperty('calendarLocationId');
    const calendars = await owner.get<Page<Calendar>>('/api/calendars?kind=provider');
    const own = calendars.body.items.filter((calendar) => calendar.memberId === member.body.memberId);
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ kind: 'provider', locationId: world.clinicA.ids.locationId, disciplineIds: [world.clinicA.ids.disciplineId] });
  });

  it('shows providers only their own and granted calendars; others see all', async () => {
    const provider = world.clinicA.users.provider!;
    const asProvider = await world.clinicA.api('provider');
    const asDesk = await world.clinicA.api('front_desk');
    const seen = (await asProvider.get<Page<Calendar>>('/api/calendars')).body.items;
    const all = (await asDesk.get<Page<Calendar>>('/api/calendars')).body.items;
    expect(seen.length).toBeLessThan(all.length);
    expect(seen.every((calendar) => calendar.memberId === provider.memberId || calendar.grantedMemberIds.includes(provider.memberId))).toBe(true);
    const hidden = all.find((calendar) => !seen.some((visible) => visible.calendarId === calendar.calendarId))!;
    expect((await asProvider.get(`/api/calendars/${hidden.calendarId}`)).status).toBe(404);
  });

  it('creates room calendars with guardrails and merges a partial guardrails change', async () => {
    const owner = await world.clinicA.api('owner');
    const room = await owner.post<Calendar>('/api/calendars', {
      kind: 'room',
      name: 'Hydro pool',
      locationId: world.clinicA.ids.locationId,
      disciplineIds: [world.clinicA.ids.disciplineId],
      onlineBooking: true,
      guardrails: { leadTimeMinutes: 240, bufferBeforeMinutes: 5, bufferAfterMinutes: 15, horizonDays: 30, selfCancelWindowHours: 48 },
    });
    expect(room.status).toBe(201);
    const changed = await owner.patch<Calendar>(`/api/calendars/${room.body.calendarId}`, { guardrails: { leadTimeMinutes: 60 } });
    expect(changed.body.guardrails).toEqual({ leadTimeMinutes: 60, bufferBeforeMinutes: 5, bufferAfterMinutes: 15, horizonDays: 30, selfCancelWindowHours: 48 });
    expect(changed.body.name).toBe('Hydro pool');
  });

  it.each([
    ['a provider calendar without its provider', { kind: 'provider', name: 'X' }, 'body.memberId'],
    ['a room that belongs to a member', { kind: 'room', name: 'X', memberId: '01JDEM0M1SS1NG000000000000' }, 'body.memberId'],
    ['a location that does not exist', { kind: 'room', name: 'X', locationId: '01JDEM0M1SS1NG000000000000' }, 'body.locationId'],
    ['a discipline that does not exist', { kind: 'room', name: 'X', disciplineIds: ['01JDEM0M1SS1NG000000000000'] }, 'body.disciplineIds.0'],
  ])('refuses %s, naming the field', async (_case, fields, path) => {
    const owner = await world.clinicA.api('owner');
    const response = await owner.post<Problem>('/api/calendars', { locationId: world.clinicA.ids.locationId, ...fields });
    expect(response.status).toBe(400);
    expect(response.body.errors?.map((error) => error.path)).toContain(path);
  });

  it('refuses a session whose discipline no calendar accepts, and writes nothing', async () => {
    const owner = await world.clinicA.api('owner');
    const discipline = await owner.post<{ disciplineId: string }>('/api/disciplines', { name: `Orphan discipline ${Date.now()}` });
    const before = (await owner.get<Page<Session>>('/api/sessions')).body.items.length;
    const response = await owner.post<Problem>('/api/sessions', { name: 'Nobody does this', disciplineId: discipline.body.disciplineId, durationMinutes: 30 });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual([{ path: 'body.disciplineId', message: 'No active calendar accepts this discipline.' }]);
    expect((await owner.get<Page<Session>>('/api/sessions')).body.items).toHaveLength(before);
  });

  it('places, moves, lists and removes time blocks', async () => {
    const desk = await world.clinicA.api('front_desk');
    const calendarId = world.clinicA.ids.calendarId;
    const block = await desk.post<TimeBlock>('/api/time-blocks', {
      calendarId,
      kind: 'holiday',
      label: 'Conference',
      start: '2027-03-01T14:00:00.000Z',
      end: '2027-03-03T22:00:00.000Z',
    });
    expect(block.status).toBe(201);
    const overlapping = await desk.get<Page<TimeBlock>>(`/api/time-blocks?calendarId=${calendarId}&from=2027-03-02T00:00:00.000Z&to=2027-03-02T23:00:00.000Z`);
    expect(overlapping.body.items.map((item) => item.blockId)).toContain(block.body.blockId);
    const after = await desk.get<Page<TimeBlock>>(`/api/time-blocks?calendarId=${calendarId}&from=2027-03-04T00:00:00.000Z&to=2027-03-05T00:00:00.000Z`);
    expect(after.body.items.map((item) => item.blockId)).not.toContain(block.body.blockId);

    const backwards = await desk.patch<Problem>(`/api/time-blocks/${block.body.blockId}`, { end: '2027-03-01T13:00:00.000Z' });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors?.[0]?.path).toBe('body.end');
    const moved = await desk.patch<TimeBlock>(`/api/time-blocks/${block.body.blockId}`, { end: '2027-03-02T22:00:00.000Z' });
    expect(moved.body.end).toBe('2027-03-02T22:00:00.000Z');

    expect((await desk.request('DELETE', `/api/time-blocks/${block.body.blockId}`)).status).toBe(204);
    expect((await desk.request('DELETE', `/api/time-blocks/${block.body.blockId}`)).status).toBe(404);
  });

  it('refuses a block that ends before it starts', async () => {
    const desk = await world.clinicA.api('front_desk');
    const response = await desk.post<Problem>('/api/time-blocks', {
      calendarId: world.clinicA.ids.calendarId,
      kind: 'meeting',
      start: '2027-03-01T14:00:00.000Z',
      end: '2027-03-01T13:00:00.000Z',
    });
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.path).toBe('body.end');
  });
});
