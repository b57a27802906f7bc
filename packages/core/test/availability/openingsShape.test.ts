import { describe, expect, it } from 'vitest';
import { findOpenings } from '../../src/availability';
import { calendar, localInstant, request, shift } from './factories';

// Free intervals are written only when read; to every reader they must look like a plain field.
describe('findOpenings output', () => {
  const cal = calendar({ shifts: [shift('2026-05-04', '09:00', '12:00', [{ start: '10:00', end: '10:30' }])] });
  const at = (time: string) => localInstant('America/Toronto', '2026-05-04', time);
  const expected = { calendarId: 'cal-1', freeIntervals: [{ start: at('09:00'), end: at('10:00') }, { start: at('10:30'), end: at('12:00') }] };

  it('serialises, spreads and lists its free intervals like any field, in the same key order', () => {
    const [openings] = findOpenings([cal], request({ limit: 1 }));

    expect(Object.keys(openings!)).toEqual(['calendarId', 'freeIntervals', 'starts']);
    expect(JSON.parse(JSON.stringify(openings))).toEqual({ ...expected, starts: [at('09:00')] });
    expect({ ...openings!, timeZone: 'America/Toronto' }).toEqual({ ...expected, starts: [at('09:00')], timeZone: 'America/Toronto' });
  });

  it('answers the same free intervals on every read, and keeps what is assigned', () => {
    const [openings] = findOpenings([cal], request());

    expect(openings!.freeIntervals).toBe(openings!.freeIntervals);
    openings!.freeIntervals = [];
    expect(openings!.freeIntervals).toEqual([]);
  });
});
