import { describe, expect, it } from 'vitest';
import { findOpenings } from '../../src/availability';
import { calendar, dates, localInstant, localMs, localTime, request, session, shift, zoned } from './factories';

const WEEKS = [
  { zone: 'America/Toronto', firstDate: '2026-03-05', change: 'spring forward on 8 March' },
  { zone: 'America/Toronto', firstDate: '2026-10-29', change: 'fall back on 1 November' },
  { zone: 'Europe/London', firstDate: '2026-03-26', change: 'spring forward on 29 March' },
  { zone: 'Europe/London', firstDate: '2026-10-22', change: 'fall back on 25 October' },
  { zone: 'Australia/Lord_Howe', firstDate: '2026-04-02', change: 'half-hour fall back on 5 April' },
  { zone: 'Australia/Lord_Howe', firstDate: '2026-10-01', change: 'half-hour spring forward on 4 October' },
  { zone: 'Asia/Kolkata', firstDate: '2026-03-05', change: 'none (+05:30 all year)' },
];

const STARTS_09_TO_16 = Array.from({ length: 29 }, (_, i) => `${String(9 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`);

describe.each(WEEKS)('a 09:00-17:00 week in $zone, DST: $change', ({ zone, firstDate }) => {
  const week = dates(firstDate, 7);
  const cal = calendar({ timeZone: zone, shifts: week.map((date) => shift(date, '09:00', '17:00')) });
  const window = { from: localInstant(zone, week[0]!, '00:00'), to: localInstant(zone, week[6]!, '24:00'), now: localInstant(zone, week[0]!, '00:00') };

  it.each(['staff', 'online'] as const)('offers 09:00 to 16:00 local every day, on both sides of the change (%s)', (mode) => {
    const [openings] = findOpenings([cal], request({ ...window, mode, session: session({ durationMinutes: 60 }) }));

    const expected = week.flatMap((date) => STARTS_09_TO_16.map((time) => localInstant(zone, date, time)));
    expect(openings!.starts.map((start) => new Date(start).toISOString())).toEqual(expected);
    expect(new Set(openings!.starts.map((start) => localTime(start, zone)))).toEqual(new Set(STARTS_09_TO_16));
  });

  it('keeps each day 8 real hours long', () => {
    const [openings] = findOpenings([cal], request({ ...window }));

    expect(openings!.freeIntervals).toHaveLength(7);
    for (const interval of openings!.freeIntervals) {
      expect(Date.parse(interval.end) - Date.parse(interval.start)).toBe(8 * 3_600_000);
      expect([localTime(interval.start, zone), localTime(interval.end, zone)]).toEqual(['09:00', '17:00']);
    }
  });

  it('really spans an offset change when the zone has one', () => {
    const offsets = new Set(week.map((date) => zoned(localMs(zone, date, '12:00'), zone).offset));
    expect(offsets.size).toBe(zone === 'Asia/Kolkata' ? 1 : 2);
  });
});

// Shifts over the night of the change: the real length differs, starts follow the real clock.
const NIGHTS = [
  { zone: 'America/Toronto', date: '2026-03-08', realHours: 3, localRepeats: 0, localSkipped: ['02:00', '02:15', '02:30', '02:45'] },
  { zone: 'America/Toronto', date: '2026-11-01', realHours: 5, localRepeats: 4, localSkipped: [] },
  { zone: 'Australia/Lord_Howe', date: '2026-10-04', realHours: 3.5, localRepeats: 0, localSkipped: ['02:00', '02:15'] },
  { zone: 'Australia/Lord_Howe', date: '2026-04-05', realHours: 4.5, localRepeats: 2, localSkipped: [] },
  { zone: 'Europe/London', date: '2026-03-29', realHours: 3, localRepeats: 0, localSkipped: ['01:00', '01:15', '01:30', '01:45'] },
];

describe.each(NIGHTS)('a 00:00-04:00 shift in $zone on $date', ({ zone, date, realHours, localRepeats, localSkipped }) => {
  const cal = calendar({ timeZone: zone, shifts: [shift(date, '00:00', '04:00')] });
  const run = () => findOpenings([cal], request({ session: session({ durationMinutes: 30 }), from: localInstant(zone, date, '00:00'), to: localInstant(zone, date, '24:00'), now: localInstant(zone, date, '00:00') }))[0]!;

  it(`lasts ${realHours} real hours`, () => {
    const [free] = run().freeIntervals;
    expect(Date.parse(free!.end) - Date.parse(free!.start)).toBe(realHours * 3_600_000);
  });

  it('offers every real quarter hour that the local clock shows as :00 :15 :30 :45, repeated hours twice', () => {
    const starts = run().starts;
    const shiftStart = localMs(zone, date, '00:00');
    const lastStart = localMs(zone, date, '04:00') - 30 * 60_000;
    const expected: string[] = [];
    for (let ms = shiftStart; ms <= lastStart; ms += 15 * 60_000) if (zoned(ms, zone).minute % 15 === 0) expected.push(new Date(ms).toISOString());

    expect(starts).toEqual(expected);
    const times = starts.map((start) => localTime(start, zone));
    expect(times.length - new Set(times).size).toBe(localRepeats);
    for (const skipped of localSkipped) expect(times).not.toContain(skipped);
  });
});

describe('a half-hour offset zone', () => {
  it('aligns hourly slots to the local hour in Asia/Kolkata', () => {
    const zone = 'Asia/Kolkata';
    const cal = calendar({ timeZone: zone, shifts: [shift('2026-06-01', '09:00', '12:00')] });

    const [openings] = findOpenings([cal], request({ slotMinutes: 60, session: session({ durationMinutes: 45 }) }));

    expect(openings!.starts).toEqual(['09:00', '10:00', '11:00'].map((time) => localInstant(zone, '2026-06-01', time)));
  });

  it('aligns 45-minute slots from local midnight', () => {
    const zone = 'Australia/Lord_Howe';
    const cal = calendar({ timeZone: zone, shifts: [shift('2026-06-01', '08:00', '12:00')] });

    const [openings] = findOpenings([cal], request({ slotMinutes: 45, session: session({ durationMinutes: 45 }) }));

    expect(openings!.starts.map((start) => localTime(start, zone))).toEqual(['08:15', '09:00', '09:45', '10:30', '11:15']);
  });
});
