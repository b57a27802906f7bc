import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { localDaysTouched } from '../../src';

describe('local days an appointment touches', () => {
  it.each([
    ['inside one day', '2026-03-10T14:00:00.000Z', '2026-03-10T15:00:00.000Z', 'America/Toronto', ['2026-03-10']],
    ['across local midnight (23:30-00:30 EDT)', '2026-03-11T03:30:00.000Z', '2026-03-11T04:30:00.000Z', 'America/Toronto', ['2026-03-10', '2026-03-11']],
    ['ending exactly at local midnight', '2026-03-11T03:00:00.000Z', '2026-03-11T04:00:00.000Z', 'America/Toronto', ['2026-03-10']],
    ['starting exactly at local midnight', '2026-03-11T04:00:00.000Z', '2026-03-11T05:00:00.000Z', 'America/Toronto', ['2026-03-11']],
    ['an empty interval: the date of its start', '2026-03-11T04:00:00.000Z', '2026-03-11T04:00:00.000Z', 'America/Toronto', ['2026-03-11']],
    // 2026-03-08 is 23 hours long in Toronto: 00:00 EST (05:00Z) to 00:00 EDT (04:00Z next day).
    ['the whole short spring-forward day', '2026-03-08T05:00:00.000Z', '2026-03-09T04:00:00.000Z', 'America/Toronto', ['2026-03-08']],
    ['a minute past the short day', '2026-03-08T05:00:00.000Z', '2026-03-09T04:01:00.000Z', 'America/Toronto', ['2026-03-08', '2026-03-09']],
    // 2026-11-01 is 25 hours long: 00:00 EDT (04:00Z) to 00:00 EST (05:00Z next day).
    ['the whole long fall-back day', '2026-11-01T04:00:00.000Z', '2026-11-02T05:00:00.000Z', 'America/Toronto', ['2026-11-01']],
    ['the 25th hour of the long day', '2026-11-02T04:00:00.000Z', '2026-11-02T05:00:00.000Z', 'America/Toronto', ['2026-11-01']],
    // Kolkata is +05:30 all year: local midnight is 18:30Z.
    ['Kolkata, ending at its midnight', '2026-03-10T17:30:00.000Z', '2026-03-10T18:30:00.000Z', 'Asia/Kolkata', ['2026-03-10']],
    ['Kolkata, across its midnight', '2026-03-10T18:00:00.000Z', '2026-03-10T18:45:00.000Z', 'Asia/Kolkata', ['2026-03-10', '2026-03-11']],
    // Lord Howe moves by half an hour: +11 until 2026-04-05 02:00, then +10:30, so 2026-04-05 lasts 24.5 hours.
    ['Lord Howe, the 24.5-hour day', '2026-04-04T13:00:00.000Z', '2026-04-05T13:30:00.000Z', 'Australia/Lord_Howe', ['2026-04-05']],
    ['Lord Howe, past the 24.5-hour day', '2026-04-04T13:00:00.000Z', '2026-04-05T13:31:00.000Z', 'Australia/Lord_Howe', ['2026-04-05', '2026-04-06']],
    ['Lord Howe, 23:45-00:15 in October (+11)', '2026-10-10T12:45:00.000Z', '2026-10-10T13:15:00.000Z', 'Australia/Lord_Howe', ['2026-10-10', '2026-10-11']],
  ])('%s', (_, start, end, zone, expected) => {
    expect(localDaysTouched(start, end, zone)).toEqual(expected);
  });

  it('refuses an interval that ends before it starts', () => {
    expect(() => localDaysTouched('2026-03-10T15:00:00.000Z', '2026-03-10T14:00:00.000Z', 'UTC')).toThrow(RangeError);
  });

  it('for any interval up to two days in any of these zones: the dates its instants fall on, found by sampling', () => {
    const zones = ['America/Toronto', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/St_Johns', 'UTC'];
    const from = Date.parse('2026-01-01T00:00:00Z');
    const to = Date.parse('2027-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 2 * 24 * 60 }), fc.constantFrom(...zones), (startMs, minutes, zone) => {
        const endMs = startMs + minutes * 60_000;
        const dateAt = (ms: number) => Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDate().toString();
        // Every local day is at least 22 hours long, so 15-minute samples and the last millisecond see each one.
        const sampled = new Set<string>();
        for (let ms = startMs; ms < endMs; ms += 15 * 60_000) sampled.add(dateAt(ms));
        sampled.add(dateAt(endMs - 1));
        const touched = localDaysTouched(new Date(startMs).toISOString(), new Date(endMs).toISOString(), zone);
        expect(touched).toEqual([...sampled].sort());
      }),
      { numRuns: 500 },
    );
  });
});
