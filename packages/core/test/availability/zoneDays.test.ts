import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { localToEpochMs } from '../../src/availability/zoneDays';

// Zones with the awkward changes: at 02:00 and 00:00 local, half-hour ones, a skipped whole day
// (Apia, 2011-12-30), a year-round +05:30, and UTC.
const ZONES = ['America/Toronto', 'America/Santiago', 'Asia/Beirut', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Apia', 'Europe/London', 'Asia/Kolkata', 'UTC'];

/** What a direct Temporal conversion answers ('24:00' is the next day's 00:00). */
function direct(zone: string, date: string, time: string): number {
  const day = Temporal.PlainDate.from(date);
  const dateTime = time === '24:00' ? day.add({ days: 1 }).toPlainDateTime() : day.toPlainDateTime(Temporal.PlainTime.from(time));
  return dateTime.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds;
}

const dateArb = fc.date({ min: new Date('2011-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
const timeArb = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`),
  fc.constantFrom('00:00', '00:30', '01:30', '02:00', '02:30', '03:00', '23:30', '24:00'),
);

/** The local dates of `zone`'s offset changes in a year, so that properties hit them often. */
function changeDates(zone: string, year: number): string[] {
  const dates: string[] = [];
  let zoned: Temporal.ZonedDateTime | null = Temporal.PlainDate.from({ year, month: 1, day: 1 }).toZonedDateTime(zone);
  while ((zoned = zoned.getTimeZoneTransition('next')) && zoned.year === year) {
    dates.push(zoned.toPlainDate().toString(), zoned.toPlainDate().subtract({ days: 1 }).toString());
  }
  return dates;
}

describe('localToEpochMs (per-zone, per-date memo)', () => {
  it('answers as Temporal does on any date', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ZONES), dateArb, timeArb, (zone, date, time) => {
        expect(localToEpochMs(zone, date, time)).toBe(direct(zone, date, time));
      }),
      { numRuns: 3_000 },
    );
  });

  it('answers as Temporal does on the days the offset changes, and the days before them', () => {
    const days = ZONES.flatMap((zone) => [2011, 2026].flatMap((year) => changeDates(zone, year).map((date) => [zone, date] as const)));
    expect(days.length).toBeGreaterThan(20);
    for (const [zone, date] of days) {
      for (let minutes = 0; minutes <= 24 * 60; minutes += 15) {
        const time = minutes === 24 * 60 ? '24:00' : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
        expect(localToEpochMs(zone, date, time), `${zone} ${date} ${time}`).toBe(direct(zone, date, time));
      }
    }
  });

  it('places the skipped day of Apia and the repeated hour of Toronto as Temporal does', () => {
    expect(localToEpochMs('Pacific/Apia', '2011-12-30', '09:00')).toBe(direct('Pacific/Apia', '2011-12-30', '09:00'));
    expect(localToEpochMs('America/Toronto', '2026-11-01', '01:30')).toBe(Date.parse('2026-11-01T05:30:00Z'));
    expect(localToEpochMs('America/Toronto', '2026-03-08', '02:30')).toBe(Date.parse('2026-03-08T07:30:00Z'));
  });

  it('refuses what Temporal refuses', () => {
    expect(() => localToEpochMs('Mars/Olympus_Mons', '2026-03-08', '09:00')).toThrow(RangeError);
    expect(() => localToEpochMs('America/Toronto', '2026-02-30', '09:00')).toThrow(RangeError);
  });
});
