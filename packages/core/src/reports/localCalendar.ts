import { Temporal } from 'temporal-polyfill';
import { addDays } from '../shifts/localDates';

/** Where an instant falls on the clinic's wall clock: its local date and hour (Temporal does the zone rules). */
export function localDayOf(instant: string, timeZone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

export function localHourOf(instant: string, timeZone: string): number {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).hour;
}

/** ISO weekday of a local date: 1 Monday .. 7 Sunday. */
export function weekdayOf(day: string): number {
  return Temporal.PlainDate.from(day).dayOfWeek;
}

/** The Monday of a local date's ISO week. */
export function weekStartOf(day: string): string {
  return addDays(day, 1 - weekdayOf(day));
}

/** The first day of a local date's month. */
export function monthStartOf(day: string): string {
  return `${day.slice(0, 7)}-01`;
}

/** Minutes between two instants. */
export function minutesBetween(start: string, end: string): number {
  return Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
}
