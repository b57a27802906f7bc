import { describe, expect, it } from 'vitest';
import { matchSlot } from '../src/waitlist/matchSlot';

describe('the open slot a booking form asks the waitlist about', () => {
  it('spans the chosen session from the local start, in the location’s zone', () => {
    expect(matchSlot({ calendarId: 'cal', date: '2026-03-10', time: '09:30', durationMinutes: 45 }, 'America/Toronto')).toEqual({ calendarId: 'cal', start: '2026-03-10T13:30:00.000Z', end: '2026-03-10T14:15:00.000Z' });
    expect(matchSlot({ calendarId: 'cal', date: '2026-01-10', time: '09:30', durationMinutes: 60 }, 'America/Toronto')).toEqual({ calendarId: 'cal', start: '2026-01-10T14:30:00.000Z', end: '2026-01-10T15:30:00.000Z' });
  });

  it('asks nothing until calendar, date, time and session are whole', () => {
    const whole = { calendarId: 'cal', date: '2026-03-10', time: '09:30', durationMinutes: 45 };
    expect(matchSlot({ ...whole, calendarId: '' }, 'UTC')).toBeUndefined();
    expect(matchSlot({ ...whole, date: '' }, 'UTC')).toBeUndefined();
    expect(matchSlot({ ...whole, date: '2026-3' }, 'UTC')).toBeUndefined();
    expect(matchSlot({ ...whole, time: '' }, 'UTC')).toBeUndefined();
    expect(matchSlot({ ...whole, durationMinutes: undefined }, 'UTC')).toBeUndefined();
  });
});
