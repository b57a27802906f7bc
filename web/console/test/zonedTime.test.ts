import { describe, expect, it } from 'vitest';
import { addDays, displayTime, minutesOnDate, wallClock, zonedInstant } from '../src/lib/zonedTime';

describe('zoned time', () => {
  it('turns a local date and minute into the instant, across daylight saving changes', () => {
    expect(zonedInstant('2026-11-27', 9 * 60, 'America/Toronto')).toBe('2026-11-27T14:00:00.000Z');
    expect(zonedInstant('2026-07-01', 9 * 60, 'America/Toronto')).toBe('2026-07-01T13:00:00.000Z');
    // The day clocks go back (1 Nov 2026): 9:00 is already standard time.
    expect(zonedInstant('2026-11-01', 9 * 60, 'America/Toronto')).toBe('2026-11-01T14:00:00.000Z');
    expect(zonedInstant('2026-03-08', 9 * 60, 'America/Vancouver')).toBe('2026-03-08T16:00:00.000Z');
  });

  it('reads the local date and minute of an instant', () => {
    expect(wallClock(Date.parse('2026-11-27T14:30:00Z'), 'America/Toronto')).toMatchObject({ date: '2026-11-27', minutes: 570 });
    expect(minutesOnDate('2026-11-27T14:30:00Z', '2026-11-27', 'America/Toronto')).toBe(570);
    expect(minutesOnDate('2026-11-27T03:00:00Z', '2026-11-27', 'America/Toronto')).toBe(-1);
    expect(minutesOnDate('2026-11-28T06:00:00Z', '2026-11-27', 'America/Toronto')).toBe(1441);
  });

  it('adds days and formats times for people', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect([displayTime(0), displayTime(570), displayTime(12 * 60), displayTime(13 * 60 + 5)]).toEqual(['12:00 AM', '9:30 AM', '12:00 PM', '1:05 PM']);
  });
});
