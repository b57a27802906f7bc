/**
 * The local dates an appointment touches on a calendar: the keys of the double-booking guard's
 * per-calendar-per-day version items (ARCHITECTURE: every write bumps each day it touches).
 */
import { Temporal } from 'temporal-polyfill';

/**
 * The local dates (YYYY-MM-DD), in order, that the half-open interval [start, end) touches in
 * `timeZone`. An interval ending exactly at a local midnight does not touch the next day; an empty
 * interval touches the date of its start. Throws a RangeError when `end` comes before `start`.
 */
export function localDaysTouched(start: string, end: string, timeZone: string): string[] {
  const from = Temporal.Instant.from(start).toZonedDateTimeISO(timeZone);
  const to = Temporal.Instant.from(end).toZonedDateTimeISO(timeZone);
  const order = Temporal.ZonedDateTime.compare(from, to);
  if (order > 0) throw new RangeError(`The interval ends (${end}) before it starts (${start}).`);
  const first = from.toPlainDate();
  let last = to.toPlainDate();
  // startOfDay, not 00:00: in zones that skip midnight the day begins at 01:00.
  if (order < 0 && to.equals(to.startOfDay())) last = last.subtract({ days: 1 });
  const days: string[] = [];
  for (let day = first; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 1 })) days.push(day.toString());
  return days;
}
