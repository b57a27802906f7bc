import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addDays, daysInRange, expandWeeklyRepeat, MAX_REPEAT_SHIFTS, repeatDates, repeatShiftsSchema, WEEKDAY_CODES, weekContaining } from '../../src';

const weekdayOf = (date: string) => Temporal.PlainDate.from(date).dayOfWeek;
const ids = ['01JDCA0000000000000000000A', '01JDCA0000000000000000000B', '01JDCA0000000000000000000C'];

describe('weekly repeat', () => {
  it('3 calendars x 12 weeks x Mon-Fri is 180 (calendar, date) pairs, each weekday 12 times per calendar', () => {
    const occurrences = expandWeeklyRepeat({ calendarIds: ids, startDate: '2027-03-03', weekdays: ['MO', 'TU', 'WE', 'TH', 'FR'], weeks: 12 });
    expect(occurrences).toHaveLength(180);
    expect(new Set(occurrences.map((one) => `${one.calendarId}#${one.date}`)).size).toBe(180);
    for (const calendarId of ids) {
      const dates = occurrences.filter((one) => one.calendarId === calendarId).map((one) => one.date);
      for (const weekday of [1, 2, 3, 4, 5]) expect(dates.filter((date) => weekdayOf(date) === weekday)).toHaveLength(12);
      // A Wednesday start: the window is 84 dates from 2027-03-03, so it ends on Tuesday 2027-05-25.
      expect(dates[0]).toBe('2027-03-03');
      expect(dates.at(-1)).toBe('2027-05-25');
    }
  });

  it('takes weekdays as codes or ISO numbers alike', () => {
    expect(repeatDates({ startDate: '2027-01-01', weekdays: [1, 6], weeks: 2 })).toEqual(repeatDates({ startDate: '2027-01-01', weekdays: ['MO', 'SA'], weeks: 2 }));
    expect(repeatDates({ startDate: '2027-01-01', weekdays: ['SU'], weeks: 2 })).toEqual(['2027-01-03', '2027-01-10']);
  });

  it('keeps calendar dates across daylight-saving changes and leap days', () => {
    expect(repeatDates({ startDate: '2027-03-13', weekdays: ['SA', 'SU', 'MO'], weeks: 1 })).toEqual(['2027-03-13', '2027-03-14', '2027-03-15']);
    expect(repeatDates({ startDate: '2028-02-28', weekdays: [1, 2, 3, 4, 5, 6, 7], weeks: 1 })).toEqual(
      ['2028-02-28', '2028-02-29', '2028-03-01', '2028-03-02', '2028-03-03', '2028-03-04', '2028-03-05'],
    );
  });

  it('for any start, weekdays and weeks: each chosen weekday exactly `weeks` times inside the 7 x weeks window', () => {
    const startDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    const weekdays = fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(startDate, weekdays, fc.integer({ min: 1, max: 52 }), (start, days, weeks) => {
        const dates = repeatDates({ startDate: start, weekdays: days, weeks });
        expect(dates).toHaveLength(days.length * weeks);
        expect([...dates].sort()).toEqual(dates);
        expect(new Set(dates).size).toBe(dates.length);
        expect(dates[0]! >= start && dates.at(-1)! <= addDays(start, 7 * weeks - 1)).toBe(true);
        for (const date of dates) expect(days).toContain(weekdayOf(date));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the repeat request', () => {
  const valid = { calendarIds: ids, startDate: '2027-03-01', weekdays: ['MO', 'WE'], weeks: 4, start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '12:45', label: 'Lunch' }] };

  it('accepts a valid repeat', () => {
    expect(repeatShiftsSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a calendar listed twice', { calendarIds: [ids[0], ids[1], ids[0]] }, ['calendarIds', 2]],
    ['a weekday listed twice, as code and number', { weekdays: ['MO', 1] }, ['weekdays', 1]],
    ['no weekdays', { weekdays: [] }, ['weekdays']],
    ['a weekday that is not one', { weekdays: ['XX'] }, ['weekdays', 0]],
    ['53 weeks', { weeks: 53 }, ['weeks']],
    ['too many shifts at once', { calendarIds: Array.from({ length: 20 }, (_, index) => `01JDCA00000000000000000${String(index).padStart(3, '0')}`), weekdays: WEEKDAY_CODES, weeks: 8 }, ['weeks']],
    ['21 calendars', { calendarIds: Array.from({ length: 21 }, (_, index) => `01JDCA00000000000000000${String(index).padStart(3, '0')}`) }, ['calendarIds']],
    ['a break outside the shift', { breaks: [{ start: '17:00', end: '17:30' }] }, ['breaks', 0, 'end']],
    ['ending before it starts', { start: '18:00' }, ['end']],
  ])('rejects %s at its path', (_name, change, path) => {
    const result = repeatShiftsSchema.safeParse({ ...valid, ...change });
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });

  it('caps one request at the shifts it can write in one call', () => {
    expect(MAX_REPEAT_SHIFTS).toBeGreaterThanOrEqual(20 * 5 * 8);
  });
});

describe('local dates', () => {
  it('finds the Monday-to-Sunday week of any date', () => {
    expect(weekContaining('2027-03-03')).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07']);
    expect(weekContaining('2027-03-07')[0]).toBe('2027-03-01');
    expect(weekContaining('2027-03-01')[6]).toBe('2027-03-07');
  });

  it('counts the dates of a range, both ends included', () => {
    expect(daysInRange('2027-03-01', '2027-03-01')).toBe(1);
    expect(daysInRange('2027-02-01', '2027-03-01')).toBe(29);
    expect(daysInRange('2027-03-02', '2027-03-01')).toBe(0);
  });
});
