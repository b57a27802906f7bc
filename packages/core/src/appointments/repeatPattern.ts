/**
 * Repeating an appointment (SPEC A4): the dates and starts of a weekly pattern. Every occurrence keeps
 * the first appointment's local wall-clock time, so across a daylight-saving change its UTC time
 * moves by the change. Dates come from rrule on floating calendar dates (UTC midnights, only the date
 * is kept, as for shift repeats); the wall-clock -> instant step is Temporal's.
 */
import { RRule, datetime } from '../rrule';
import { Temporal } from 'temporal-polyfill';
import { ValidationError } from '../errors';
import { WEEKDAY_CODES, type WeekdayCode } from '../shifts/weeklyRepeat';

/** Occurrences one repeat yields at most, the first appointment included. */
export const MAX_REPEAT_OCCURRENCES = 52;
export const MAX_REPEAT_INTERVAL_WEEKS = 8;

export interface RepeatPattern {
  /** The weekdays it falls on, in the first appointment's zone. */
  weekdays: readonly WeekdayCode[];
  /** 1 = every week, 2 = every other week... counted from the first appointment's week (weeks start Monday). */
  intervalWeeks: number;
  /** How many occurrences in all, the first appointment included. Exactly one of count and until. */
  count?: number | undefined;
  /** The last local date an occurrence may fall on, included. */
  until?: string | undefined;
}

export interface RepeatOccurrence {
  /** Local date in the zone. */
  date: string;
  /** Instant, ISO-8601 with milliseconds (as stored). */
  start: string;
}

/**
 * The occurrences of `pattern` from the appointment starting at `firstStart`, in date order, at most
 * MAX_REPEAT_OCCURRENCES. The first is always the first appointment itself (its date and exact
 * start), whether or not its weekday is in the pattern. The others are at its local time on each
 * date; a time the clocks skip that day moves forward by the gap, and a repeated time takes its first
 * occurrence (Temporal's 'compatible'), like shifts. Throws a ValidationError on `pattern.until`
 * when `until` is before the first date.
 */
export function expandRepeat(firstStart: string, timeZone: string, pattern: RepeatPattern): RepeatOccurrence[] {
  const first = Temporal.Instant.from(firstStart).toZonedDateTimeISO(timeZone);
  const firstDate = first.toPlainDate();
  const wallClock = first.toPlainTime();
  if (pattern.count === undefined && pattern.until === undefined) throw new RangeError('A repeat pattern needs a count or an until date.');
  if (pattern.until !== undefined && Temporal.PlainDate.compare(Temporal.PlainDate.from(pattern.until), firstDate) < 0) {
    throw new ValidationError('The repeat ends before the appointment it repeats.', [
      { path: 'pattern.until', message: `Must be on or after ${firstDate.toString()}.` },
    ]);
  }
  const limit = Math.min(pattern.count ?? MAX_REPEAT_OCCURRENCES, MAX_REPEAT_OCCURRENCES);
  const dates = [firstDate.toString(), ...patternDates(firstDate, pattern, limit).filter((date) => date !== firstDate.toString())].slice(0, limit);
  return dates.map((date, index) => ({
    date,
    start: formatInstant(
      index === 0
        ? first.toInstant()
        : Temporal.PlainDate.from(date).toPlainDateTime(wallClock).toZonedDateTime(timeZone, { disambiguation: 'compatible' }).toInstant(),
    ),
  }));
}

/** The pattern's dates from `firstDate` on (it included only when its weekday is chosen), at most `limit`. */
function patternDates(firstDate: Temporal.PlainDate, pattern: RepeatPattern, limit: number): string[] {
  let until: Date | undefined;
  if (pattern.until !== undefined) {
    const last = Temporal.PlainDate.from(pattern.until);
    until = datetime(last.year, last.month, last.day);
  }
  const rule = new RRule({
    freq: RRule.WEEKLY,
    interval: pattern.intervalWeeks,
    wkst: RRule.MO,
    // rrule counts weekdays from Monday = 0.
    byweekday: [...new Set(pattern.weekdays)].map((code) => WEEKDAY_CODES.indexOf(code)),
    dtstart: datetime(firstDate.year, firstDate.month, firstDate.day),
    ...(until ? { until } : { count: limit }),
  });
  return rule.all((_, index) => index < limit).map((date) => date.toISOString().slice(0, 10));
}

function formatInstant(instant: Temporal.Instant): string {
  return instant.toString({ fractionalSecondDigits: 3 });
}
