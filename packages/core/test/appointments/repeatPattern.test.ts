import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { expandRepeat, MAX_REPEAT_OCCURRENCES, type RepeatPattern, ValidationError, WEEKDAY_CODES } from '../../src';

const local = (start: string, zone: string) => Temporal.Instant.from(start).toZonedDateTimeISO(zone).toPlainDateTime();
const localTimes = (occurrences: { start: string }[], zone: string) => occurrences.map((one) => local(one.start, zone).toPlainTime().toString());
const dates = (occurrences: { date: string }[]) => occurrences.map((one) => one.date);

describe('a repeat over a daylight-saving change keeps the local time of every occurrence', () => {
  it.each([
    // Toronto springs forward on Sunday 2026-03-08: 09:00 is 14:00Z before, 13:00Z after.
    ['America/Toronto, March', 'America/Toronto', '2026-03-02T14:00:00.000Z', ['MO'], ['2026-03-02T14:00:00.000Z', '2026-03-09T13:00:00.000Z', '2026-03-16T13:00:00.000Z'], '09:00:00'],
    // Toronto falls back on Sunday 2026-11-01: 09:00 is 13:00Z before, 14:00Z after.
    ['America/Toronto, November', 'America/Toronto', '2026-10-28T13:00:00.000Z', ['WE'], ['2026-10-28T13:00:00.000Z', '2026-11-04T14:00:00.000Z', '2026-11-11T14:00:00.000Z'], '09:00:00'],
    // London goes to BST on Sunday 2026-03-29: 10:30 is 10:30Z before, 09:30Z after.
    ['Europe/London, March', 'Europe/London', '2026-03-26T10:30:00.000Z', ['TH'], ['2026-03-26T10:30:00.000Z', '2026-04-02T09:30:00.000Z', '2026-04-09T09:30:00.000Z'], '10:30:00'],
    // And back to GMT on Sunday 2026-10-25.
    ['Europe/London, October', 'Europe/London', '2026-10-20T09:30:00.000Z', ['TU'], ['2026-10-20T09:30:00.000Z', '2026-10-27T10:30:00.000Z', '2026-11-03T10:30:00.000Z'], '10:30:00'],
  ] as const)('%s', (_, zone, first, weekdays, starts, time) => {
    const occurrences = expandRepeat(first, zone, { weekdays, intervalWeeks: 1, count: 3 });
    expect(occurrences.map((one) => one.start)).toEqual(starts);
    expect(localTimes(occurrences, zone)).toEqual([time, time, time]);
    for (const one of occurrences) expect(local(one.start, zone).toPlainDate().toString()).toBe(one.date);
  });

  it('for any first start, zone and pattern: each occurrence is on its date at the first local time, unless that time is skipped that day (a repeated one is its first pass)', () => {
    const zones = ['America/Toronto', 'Europe/London', 'Australia/Lord_Howe', 'Asia/Kolkata', 'America/Sao_Paulo', 'Pacific/Chatham'];
    const pattern = fc.record({
      weekdays: fc.uniqueArray(fc.constantFrom(...WEEKDAY_CODES), { minLength: 1, maxLength: 7 }),
      intervalWeeks: fc.integer({ min: 1, max: 8 }),
      count: fc.integer({ min: 1, max: 52 }),
    });
    const firstMs = fc.integer({ min: Date.parse('2025-06-01T00:00:00Z'), max: Date.parse('2027-06-01T00:00:00Z') }).map((ms) => ms - (ms % 60_000));
    fc.assert(
      fc.property(firstMs, fc.constantFrom(...zones), pattern, (ms, zone, repeat) => {
        const first = new Date(ms).toISOString();
        const occurrences = expandRepeat(first, zone, repeat);
        const firstLocal = local(first, zone);
        expect(occurrences).toHaveLength(repeat.count);
        expect(occurrences[0]).toEqual({ date: firstLocal.toPlainDate().toString(), start: first });
        expect(dates(occurrences)).toEqual([...new Set(dates(occurrences))].sort());
        for (const one of occurrences.slice(1)) {
          const wanted = Temporal.PlainDate.from(one.date).toPlainDateTime(firstLocal.toPlainTime());
          // 'earlier' lands on the wanted wall clock unless that time is skipped that day.
          const earlier = wanted.toZonedDateTime(zone, { disambiguation: 'earlier' });
          const got = local(one.start, zone);
          if (earlier.toPlainDateTime().equals(wanted)) expect(Temporal.Instant.from(one.start).equals(earlier.toInstant())).toBe(true);
          else expect(Temporal.PlainDateTime.compare(got, wanted)).toBe(1);
          expect(repeat.weekdays).toContain(WEEKDAY_CODES[Temporal.PlainDate.from(one.date).dayOfWeek - 1]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves a start the clocks skip forward by the gap, and puts a repeated time on its first occurrence', () => {
    // 02:30 does not exist in Toronto on 2026-03-08: 03:30 EDT, the same UTC instant as the week before.
    expect(expandRepeat('2026-03-01T07:30:00.000Z', 'America/Toronto', { weekdays: ['SU'], intervalWeeks: 1, count: 3 }).map((one) => one.start)).toEqual([
      '2026-03-01T07:30:00.000Z',
      '2026-03-08T07:30:00.000Z',
      '2026-03-15T06:30:00.000Z',
    ]);
    // 01:30 happens twice on 2026-11-01: the EDT one.
    expect(expandRepeat('2026-10-25T05:30:00.000Z', 'America/Toronto', { weekdays: ['SU'], intervalWeeks: 1, count: 2 })[1]?.start).toBe('2026-11-01T05:30:00.000Z');
  });

  it('keeps the first start exactly, even in the second pass of a repeated hour', () => {
    const [first] = expandRepeat('2026-11-01T06:30:00.000Z', 'America/Toronto', { weekdays: ['SU'], intervalWeeks: 1, count: 1 });
    expect(first).toEqual({ date: '2026-11-01', start: '2026-11-01T06:30:00.000Z' });
  });
});

describe('repeat patterns', () => {
  const mondayJan5 = '2026-01-05T15:00:00.000Z';
  const expand = (pattern: RepeatPattern, first = mondayJan5) => dates(expandRepeat(first, 'America/Toronto', pattern));

  it('respects intervalWeeks, counting weeks from the first appointment\'s week', () => {
    expect(expand({ weekdays: ['MO', 'TH'], intervalWeeks: 2, count: 5 })).toEqual(['2026-01-05', '2026-01-08', '2026-01-19', '2026-01-22', '2026-02-02']);
    expect(expand({ weekdays: ['FR'], intervalWeeks: 3, count: 3 })).toEqual(['2026-01-05', '2026-01-09', '2026-01-30']);
  });

  it('counts the first appointment among `count`, on a chosen weekday or not', () => {
    expect(expand({ weekdays: ['MO'], intervalWeeks: 1, count: 3 })).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
    expect(expand({ weekdays: ['MO'], intervalWeeks: 1, count: 3 }, '2026-01-07T15:00:00.000Z')).toEqual(['2026-01-07', '2026-01-12', '2026-01-19']);
    expect(expand({ weekdays: ['MO'], intervalWeeks: 1, count: 1 }, '2026-01-07T15:00:00.000Z')).toEqual(['2026-01-07']);
  });

  it('includes `until` itself and nothing after it', () => {
    expect(expand({ weekdays: ['MO'], intervalWeeks: 1, until: '2026-01-26' })).toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']);
    expect(expand({ weekdays: ['MO'], intervalWeeks: 1, until: '2026-01-25' })).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
    expect(expand({ weekdays: ['TU'], intervalWeeks: 1, until: '2026-01-05' })).toEqual(['2026-01-05']);
  });

  it(`stops at ${MAX_REPEAT_OCCURRENCES} occurrences`, () => {
    const all = expand({ weekdays: [...WEEKDAY_CODES], intervalWeeks: 1, until: '2030-12-31' });
    expect(all).toHaveLength(MAX_REPEAT_OCCURRENCES);
    expect(all.at(-1)).toBe('2026-02-25');
  });

  it('refuses an until before the first appointment on pattern.until', () => {
    try {
      expand({ weekdays: ['MO'], intervalWeeks: 1, until: '2026-01-04' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).details.issues?.[0]?.path).toBe('pattern.until');
    }
  });

  it('uses the local date of the first start, not its UTC date', () => {
    // 2026-01-06T02:00Z is Monday 21:00 in Toronto.
    expect(expand({ weekdays: ['MO'], intervalWeeks: 1, count: 2 }, '2026-01-06T02:00:00.000Z')).toEqual(['2026-01-05', '2026-01-12']);
  });
});
