import { describe, expect, it } from 'vitest';
import { addDays, localStartLabel, todayIn, zoneCity, zoneLabel } from '../src/format';

describe('dates in the location zone', () => {
  it("takes today's date in the zone, not the browser's", () => {
    const lateEvening = new Date('2026-11-26T03:30:00Z');
    expect(todayIn('America/Vancouver', lateEvening)).toBe('2026-11-25');
    expect(todayIn('Asia/Kolkata', lateEvening)).toBe('2026-11-26');
  });

  it('adds days across month ends and daylight-saving changes', () => {
    expect(addDays('2026-11-28', 7)).toBe('2026-12-05');
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08');
    expect(addDays('2026-03-02', -7)).toBe('2026-02-23');
  });

  it('names the zone by its city, with its name on that date', () => {
    expect(zoneCity('America/St_Johns')).toBe('St Johns time');
    expect(zoneLabel('America/Toronto', new Date('2026-07-01T12:00:00Z'))).toBe('Toronto time (Eastern Daylight Time)');
    expect(zoneLabel('America/Toronto', new Date('2026-12-01T12:00:00Z'))).toBe('Toronto time (Eastern Standard Time)');
  });

  it('writes a local start as the clinic sees it', () => {
    expect(localStartLabel('2026-12-01T09:30')).toMatch(/December 1 at 9:30/);
  });
});
