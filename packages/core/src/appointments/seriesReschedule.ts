/**
 * Rescheduling "this and the following" of a series (SPEC A4): each appointment keeps its local date
 * and moves to a new local time of day, evaluated in its location's zone, so a series that spans a
 * daylight-saving change stays at the same wall-clock time on both sides.
 */
import { Temporal } from 'temporal-polyfill';

/**
 * The instant of `localTime` (HH:MM) on the local date `start` falls on in `timeZone`. A time the
 * clock skips that day (spring forward) resolves later, as Temporal's 'compatible' does; a repeated
 * one (fall back) takes the earlier of the two.
 */
export function sameDayAtLocalTime(start: string, timeZone: string, localTime: string): string {
  const date = Temporal.Instant.from(start).toZonedDateTimeISO(timeZone).toPlainDate();
  return date.toPlainDateTime(Temporal.PlainTime.from(localTime)).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant().toString();
}
