import { describe, expect, it } from 'vitest';
import { openingsFrom } from '../src/schedule/openings';

describe('openingsFrom', () => {
  it('merges each calendar’s bookable starts, plus the session’s length, into bands', () => {
    const starts = ['2026-11-27T14:00:00Z', '2026-11-27T14:15:00Z', '2026-11-27T14:30:00Z', '2026-11-27T18:00:00Z'];
    expect(openingsFrom([{ calendarId: 'c1', starts }], 30, '2026-11-27', 'America/Toronto')).toEqual([
      { calendarId: 'c1', start: 540, end: 600 },
      { calendarId: 'c1', start: 780, end: 810 },
    ]);
  });

  it('leaves out starts on other days', () => {
    expect(openingsFrom([{ calendarId: 'c1', starts: ['2026-11-28T14:00:00Z'] }], 30, '2026-11-27', 'America/Toronto')).toEqual([]);
  });
});
