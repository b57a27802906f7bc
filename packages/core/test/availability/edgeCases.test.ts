import { describe, expect, it } from 'vitest';
import { findOpenings, type CalendarAvailabilityInput, type SessionInput } from '../../src/availability';
import { calendar, localInstant, localTime, request, session, shift } from './factories';

const zone = 'America/Toronto';
const at = (time: string, date = '2026-05-04') => localInstant(zone, date, time);
const times = (starts: string[]) => starts.map((start) => localTime(start, zone));

describe('findOpenings edge cases', () => {
  it('runs a shift to 24:00, the next local midnight', () => {
    const cal = calendar({ shifts: [shift('2026-05-04', '22:00', '24:00')] });

    const [openings] = findOpenings([cal], request());

    expect(openings!.freeIntervals).toEqual([{ start: at('22:00'), end: at('00:00', '2026-05-05') }]);
    expect(times(openings!.starts)).toEqual(['22:00', '22:15', '22:30', '22:45', '23:00']);
  });

  it('handles a shift with no breaks and one with five', () => {
    const breaks = ['10:00', '11:00', '12:00', '13:00', '14:00'].map((start) => ({ start, end: start.replace(':00', ':30') }));
    const cal = calendar({ shifts: [shift('2026-05-04', '09:00', '15:00', breaks), shift('2026-05-05', '09:00', '10:00')] });

    const [openings] = findOpenings([cal], request({ session: session({ durationMinutes: 30 }), slotMinutes: 30 }));

    expect(times(openings!.starts)).toEqual(['09:00', '09:30', '10:30', '11:30', '12:30', '13:30', '14:30', '09:00', '09:30']);
    expect(openings!.freeIntervals).toHaveLength(7);
  });

  it('keeps a block spanning several days out of every shift it covers', () => {
    const cal = calendar({
      shifts: ['2026-05-04', '2026-05-05', '2026-05-06', '2026-05-07'].map((date) => shift(date, '09:00', '17:00')),
      blocks: [{ blockId: 'holiday', kind: 'holiday', start: at('12:00', '2026-05-04'), end: at('12:00', '2026-05-07') }],
    });

    const [openings] = findOpenings([cal], request());

    expect(openings!.freeIntervals).toEqual([
      { start: at('09:00', '2026-05-04'), end: at('12:00', '2026-05-04') },
      { start: at('12:00', '2026-05-07'), end: at('17:00', '2026-05-07') },
    ]);
  });

  it('treats touching as not overlapping: a start where an appointment ends, an end where one starts', () => {
    const cal = calendar({
      shifts: [shift('2026-05-04', '09:00', '12:00')],
      busy: [
        { appointmentId: 'early', start: at('09:00'), end: at('10:00') },
        { appointmentId: 'late', start: at('11:00'), end: at('12:00') },
      ],
    });

    const [openings] = findOpenings([cal], request({ session: session({ durationMinutes: 60 }) }));

    expect(openings!.starts).toEqual([at('10:00')]);
  });

  it('offers nothing when the session is longer than every free interval', () => {
    const cal = calendar({ shifts: [shift('2026-05-04', '09:00', '17:00', [{ start: '12:00', end: '13:00' }])], busy: [{ appointmentId: 'a', start: at('10:00'), end: at('11:00') }] });

    const [openings] = findOpenings([cal], request({ session: session({ durationMinutes: 4 * 60 + 1 }) }));

    expect(openings!.starts).toEqual([]);
    expect(openings!.freeIntervals).toHaveLength(3);
  });

  it('does not join back-to-back shifts for one session, but merges their free time', () => {
    const cal = calendar({ shifts: [shift('2026-05-04', '09:00', '10:00', [], 'a'), shift('2026-05-04', '10:00', '11:00', [], 'b')] });

    const [openings] = findOpenings([cal], request({ session: session({ durationMinutes: 60 }) }));

    expect(openings!.starts).toEqual([at('09:00'), at('10:00')]);
    expect(openings!.freeIntervals).toEqual([{ start: at('09:00'), end: at('11:00') }]);
  });

  it('starts staff search at now, online search after the lead time, and stops online at the horizon', () => {
    const guardrails = { leadTimeMinutes: 90, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, horizonDays: 1, selfCancelWindowHours: 0 };
    const cal = calendar({ guardrails, shifts: [shift('2026-05-04', '09:00', '17:00'), shift('2026-05-05', '09:00', '17:00')] });
    const base = request({ now: at('10:05'), session: session({ durationMinutes: 60 }) });

    const [staff] = findOpenings([cal], { ...base, mode: 'staff' });
    const [online] = findOpenings([cal], { ...base, mode: 'online' });

    expect(staff!.starts[0]).toBe(at('10:15'));
    expect(staff!.freeIntervals[0]!.start).toBe(at('10:05'));
    expect(online!.starts[0]).toBe(at('11:45'));
    expect(online!.freeIntervals).toEqual([
      { start: at('11:35'), end: at('17:00') },
      { start: at('09:00', '2026-05-05'), end: at('10:05', '2026-05-05') },
    ]);
    expect(online!.starts.at(-1)).toBe(at('10:00', '2026-05-05'));
  });

  it('stops at the limit per calendar and returns calendars in the order given', () => {
    const cals = ['x', 'y'].map((calendarId) => calendar({ calendarId, shifts: [shift('2026-05-04', '09:00', '17:00')] }));

    const openings = findOpenings(cals, request({ limit: 3 }));

    expect(openings.map((o) => o.calendarId)).toEqual(['x', 'y']);
    expect(times(openings[1]!.starts)).toEqual(['09:00', '09:15', '09:30']);
    expect(openings[1]!.freeIntervals).toEqual([{ start: at('09:00'), end: at('17:00') }]);
  });

  it('lets a session run past the window end when it starts inside it', () => {
    const cal = calendar({ shifts: [shift('2026-05-04', '09:00', '17:00')] });

    const [openings] = findOpenings([cal], request({ from: at('09:00'), to: at('10:00'), session: session({ durationMinutes: 120 }) }));

    expect(times(openings!.starts)).toEqual(['09:00', '09:15', '09:30', '09:45']);
    expect(openings!.freeIntervals).toEqual([{ start: at('09:00'), end: at('10:00') }]);
  });

  it.each<[string, 'staff' | 'online', Partial<CalendarAvailabilityInput>, Partial<SessionInput>]>([
    ['a discipline the calendar does not take', 'staff', { disciplineIds: ['massage'] }, {}],
    ['a calendar without online booking', 'online', { onlineBooking: false }, {}],
    ['a session that is not online-bookable', 'online', {}, { onlineBookable: false }],
  ])('returns empty lists for %s', (_, mode, calendarOverrides, sessionOverrides) => {
    const cal = calendar({ shifts: [shift('2026-05-04', '09:00', '17:00')], ...calendarOverrides });

    expect(findOpenings([cal], request({ mode, session: session(sessionOverrides) }))).toEqual([{ calendarId: 'cal-1', freeIntervals: [], starts: [] }]);
  });

  it('ignores a shift whose local times collapse in the skipped hour', () => {
    const cal = calendar({ shifts: [shift('2026-03-08', '02:30', '03:00')] });

    expect(findOpenings([cal], request({ session: session({ durationMinutes: 15 }) }))[0]!.freeIntervals).toEqual([]);
  });

  it('restarts a slot that does not divide the day at local midnight', () => {
    const cal = calendar({ shifts: [shift('2026-05-04', '22:00', '24:00'), shift('2026-05-05', '00:00', '02:00')] });

    const [openings] = findOpenings([cal], request({ slotMinutes: 50, session: session({ durationMinutes: 10 }) }));

    expect(times(openings!.starts)).toEqual(['22:30', '23:20', '00:00', '00:50', '01:40']);
  });

  it('counts the online horizon in local days, across a DST change', () => {
    const guardrails = { leadTimeMinutes: 0, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, horizonDays: 2, selfCancelWindowHours: 0 };
    const cal = calendar({ guardrails, shifts: [shift('2026-03-09', '09:00', '12:00')] });

    const [openings] = findOpenings([cal], request({ mode: 'online', now: at('10:00', '2026-03-07'), session: session({ durationMinutes: 15 }) }));

    // Two local days from Saturday 10:00 is Monday 10:00, 47 real hours later: the last start is 09:45.
    expect(openings!.starts.at(-1)).toBe(at('09:45', '2026-03-09'));
    expect(openings!.freeIntervals).toEqual([{ start: at('09:00', '2026-03-09'), end: at('10:00', '2026-03-09') }]);
  });

  it('places the same shift times in the zone of each calendar within one call', () => {
    const shifts = [shift('2026-05-04', '09:00', '10:00')];
    const zones = ['America/Toronto', 'Asia/Kolkata', 'Europe/London'];

    const openings = findOpenings(zones.map((timeZone, i) => calendar({ calendarId: `c${i}`, timeZone, shifts })), request());

    openings.forEach((opening, i) => expect(opening.starts[0]).toBe(localInstant(zones[i]!, '2026-05-04', '09:00')));
  });
});
