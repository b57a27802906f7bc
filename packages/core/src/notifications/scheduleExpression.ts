/**
 * How an instant becomes an EventBridge Scheduler one-time expression. Schedules are expressed in the
 * location's zone (readable in the console, as the clinic thinks of it), except when that wall-clock
 * time is ambiguous: in the repeated hour of a fall-back change one local time names two instants, so
 * such a schedule is expressed in UTC instead. Either way it fires at exactly the planned instant.
 */
import { Temporal } from 'temporal-polyfill';

export interface AtExpression {
  /** `at(yyyy-mm-ddThh:mm:ss)` */
  expression: string;
  timeZone: string;
}

export function atExpression(instant: string, timeZone: string): AtExpression {
  const exact = Temporal.Instant.from(instant).round({ smallestUnit: 'second', roundingMode: 'ceil' });
  const local = exact.toZonedDateTimeISO(timeZone).toPlainDateTime();
  let zone = timeZone;
  try {
    const back = local.toZonedDateTime(timeZone, { disambiguation: 'reject' }).toInstant();
    if (!back.equals(exact)) zone = 'UTC';
  } catch {
    zone = 'UTC';
  }
  const wall = zone === timeZone ? local : exact.toZonedDateTimeISO('UTC').toPlainDateTime();
  return { expression: `at(${wall.toString({ smallestUnit: 'second' })})`, timeZone: zone };
}

/** The instant an `at(...)` expression in `timeZone` names (what EventBridge will do with it). */
export function instantOfAtExpression(expression: string, timeZone: string): string {
  const match = /^at\((.+)\)$/.exec(expression);
  if (!match) throw new RangeError(`Not a one-time expression: ${expression}`);
  return Temporal.PlainDateTime.from(match[1]!).toZonedDateTime(timeZone, { disambiguation: 'reject' }).toInstant().toString();
}
