import { describe, expect, it } from 'vitest';
import { findMultiResourceOpenings, type BusyInput } from '../../src/availability';
import { calendar, localInstant, localTime, request, session, shift } from './factories';

const zone = 'America/Toronto';
const date = '2026-05-04';
const at = (time: string) => localInstant(zone, date, time);
const busy = (appointmentId: string, start: string, end: string): BusyInput => ({ appointmentId, start: at(start), end: at(end) });
const open = (calendarId: string, appointments: BusyInput[]) => calendar({ calendarId, shifts: [shift(date, '09:00', '13:00')], busy: appointments });

const provider = open('provider', [busy('p1', '10:00', '11:00')]);
const roomA = open('room-a', [busy('a1', '09:00', '10:00'), busy('a2', '11:30', '13:00')]);
const roomB = open('room-b', [busy('b1', '12:00', '13:00')]);
const halfHours = request({ session: session({ durationMinutes: 30 }), slotMinutes: 30 });

describe('findMultiResourceOpenings', () => {
  it('offers only starts where the provider and a room are both free, choosing the first free room in order', () => {
    const openings = findMultiResourceOpenings(provider, [[roomA, roomB]], halfHours);

    expect(openings.map((o) => [localTime(o.start, zone), ...o.calendarIds])).toEqual([
      ['09:00', 'provider', 'room-b'],
      ['09:30', 'provider', 'room-b'],
      ['11:00', 'provider', 'room-a'],
      ['11:30', 'provider', 'room-b'],
    ]);
  });

  it('needs one free calendar of every required kind', () => {
    const equipment = open('laser', [busy('e1', '09:00', '09:30')]);

    const openings = findMultiResourceOpenings(provider, [[roomA, roomB], [equipment]], halfHours);

    expect(openings.map((o) => [localTime(o.start, zone), ...o.calendarIds])).toEqual([
      ['09:30', 'provider', 'room-b', 'laser'],
      ['11:00', 'provider', 'room-a', 'laser'],
      ['11:30', 'provider', 'room-b', 'laser'],
    ]);
  });

  it('offers nothing when a required kind has no calendar, or none that takes the discipline', () => {
    expect(findMultiResourceOpenings(provider, [[]], halfHours)).toEqual([]);
    expect(findMultiResourceOpenings(provider, [[{ ...roomB, disciplineIds: ['massage'] }]], halfHours)).toEqual([]);
  });

  it('holds rooms to the online rules in online mode', () => {
    const online = { ...halfHours, mode: 'online' as const };

    expect(findMultiResourceOpenings(provider, [[{ ...roomB, onlineBooking: false }]], online)).toEqual([]);
    expect(findMultiResourceOpenings(provider, [[roomB]], online)).toHaveLength(4);
  });

  it('is the provider alone when no resource is required, up to the limit', () => {
    const openings = findMultiResourceOpenings(provider, [], { ...halfHours, limit: 2 });

    expect(openings).toEqual([
      { start: at('09:00'), calendarIds: ['provider'] },
      { start: at('09:30'), calendarIds: ['provider'] },
    ]);
  });
});
