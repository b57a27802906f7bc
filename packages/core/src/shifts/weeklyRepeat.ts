/**
 * "Repeat on these weekdays for N weeks" (SPEC C2), expanded with rrule. N weeks are the 7 x N dates
 * from the start date on, so every chosen weekday occurs exactly N times whatever weekday the start
 * date is. Dates are floating calendar dates: rrule runs on UTC midnights and only the date is kept.
 */
import { RRule, datetime } from '../rrule';

export const WEEKDAY_CODES = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type WeekdayCode = (typeof WEEKDAY_CODES)[number];
/** A weekday as its iCalendar code (`MO`) or ISO number (1 = Monday ... 7 = Sunday). */
export type Weekday = WeekdayCode | number;

export const MAX_REPEAT_CALENDARS = 20;
export const MAX_REPEAT_WEEKS = 52;
/** Shifts one repeat request may create: bounded so that it is written well within one API call. */
export const MAX_REPEAT_SHIFTS = 1000;

export interface WeeklyRepeat {
  startDate: string;
  weekdays: readonly Weekday[];
  weeks: number;
}

/** ISO weekday number, 1 = Monday. */
export function isoWeekday(weekday: Weekday): number {
  return typeof weekday === 'number' ? weekday : WEEKDAY_CODES.indexOf(weekday) + 1;
}

/** The local dates a weekly repeat covers, in order. */
export function repeatDates(repeat: WeeklyRepeat): string[] {
  const [year, month, day] = repeat.startDate.split('-').map(Number) as [number, number, number];
  const dtstart = datetime(year, month, day);
  const until = new Date(dtstart.getTime() + (7 * repeat.weeks - 1) * 86_400_000);
  const rule = new RRule({
    freq: RRule.WEEKLY,
    interval: 1,
    wkst: RRule.MO,
    // rrule counts weekdays from Monday = 0.
    byweekday: [...new Set(repeat.weekdays.map(isoWeekday))].map((iso) => iso - 1),
    dtstart,
    until,
  });
  return rule.all().map((date) => date.toISOString().slice(0, 10));
}

export interface ShiftOccurrence {
  calendarId: string;
  date: string;
}

/** One repeat applied to several calendars: every (calendar, date) it creates a shift for. */
export function expandWeeklyRepeat(repeat: WeeklyRepeat & { calendarIds: readonly string[] }): ShiftOccurrence[] {
  const dates = repeatDates(repeat);
  return repeat.calendarIds.flatMap((calendarId) => dates.map((date) => ({ calendarId, date })));
}

/** How many shifts a repeat would create, without expanding it. */
export function countRepeatShifts(repeat: Pick<WeeklyRepeat, 'weekdays' | 'weeks'> & { calendarIds: readonly string[] }): number {
  return new Set(repeat.weekdays.map(isoWeekday)).size * repeat.weeks * repeat.calendarIds.length;
}
