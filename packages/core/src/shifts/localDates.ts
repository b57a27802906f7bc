/**
 * Calendar-date arithmetic for shifts. Shift dates are local dates (`YYYY-MM-DD`) of the calendar's
 * location; nothing here needs a zone, only Temporal's plain dates.
 */
import { Temporal } from 'temporal-polyfill';

/** The longest date range (inclusive) one shift listing reads. */
export const MAX_SHIFT_RANGE_DAYS = 62;

export function addDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

/** Dates from `from` to `to`, both included; 1 for a single day, 0 or less when `to` comes first. */
export function daysInRange(from: string, to: string): number {
  return Temporal.PlainDate.from(from).until(Temporal.PlainDate.from(to), { largestUnit: 'days' }).days + 1;
}

/** The seven dates, Monday to Sunday (ISO weeks), of the week that holds `date`. */
export function weekContaining(date: string): string[] {
  const day = Temporal.PlainDate.from(date);
  const monday = day.subtract({ days: day.dayOfWeek - 1 });
  return Array.from({ length: 7 }, (_, offset) => monday.add({ days: offset }).toString());
}
