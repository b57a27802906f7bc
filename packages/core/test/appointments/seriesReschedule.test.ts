import { describe, expect, it } from 'vitest';
import { sameDayAtLocalTime } from '../../src/appointments/seriesReschedule';

describe('sameDayAtLocalTime', () => {
  it('keeps the local date and takes the new wall-clock time on both sides of a daylight-saving change', () => {
    // 2026-10-30 and 2026-11-06, 10:00 in Toronto: before (EDT, UTC-4) and after (EST, UTC-5) the change.
    expect(sameDayAtLocalTime('2026-10-30T14:00:00Z', 'America/Toronto', '16:30')).toBe('2026-10-30T20:30:00Z');
    expect(sameDayAtLocalTime('2026-11-06T15:00:00Z', 'America/Toronto', '16:30')).toBe('2026-11-06T21:30:00Z');
  });

  it('uses the local date, not the UTC one, for a late evening start', () => {
    // 2026-11-10 21:00 in Toronto is 02:00 UTC on the 11th.
    expect(sameDayAtLocalTime('2026-11-11T02:00:00Z', 'America/Toronto', '08:00')).toBe('2026-11-10T13:00:00Z');
  });

  it('resolves a skipped time later and a repeated time to the earlier instant', () => {
    expect(sameDayAtLocalTime('2027-03-14T15:00:00Z', 'America/Toronto', '02:30')).toBe('2027-03-14T07:30:00Z');
    expect(sameDayAtLocalTime('2026-11-01T15:00:00Z', 'America/Toronto', '01:30')).toBe('2026-11-01T05:30:00Z');
  });

  it('works in a half-hour zone', () => {
    expect(sameDayAtLocalTime('2026-11-20T05:00:00Z', 'Asia/Kolkata', '09:15')).toBe('2026-11-20T03:45:00Z');
  });
});
