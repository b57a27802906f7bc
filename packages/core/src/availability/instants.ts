// Reading and writing instants strictly (Date.parse alone reads '2026-02-30' as 2 March), and
// quickly: one find-time query parses thousands of busy intervals and writes thousands of starts.
import { AvailabilityInputError } from './errors';

const INSTANT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
const DAY_MS = 86_400_000;

function digits(value: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) result = result * 10 + value.charCodeAt(i) - 48;
  return result;
}

/** The digits from..to-1 as a number, or -1 when one of them is not a digit. */
function strictDigits(value: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    result = result * 10 + digit;
  }
  return result;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil). Date.UTC would
 * do, but reads years 0-99 as 1900-1999.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Epoch ms of a UTC instant in the shape `Temporal.Instant#toString()` and `Date#toISOString()` write,
 * `YYYY-MM-DDTHH:MM[:SS[.s{1,3}]]Z`, or NaN for anything else (including dates that do not exist).
 * Char codes rather than a regex or Date.parse: this runs once per busy interval end.
 */
export function parseUtcInstant(value: string): number {
  const length = value.length;
  if (length < 17 || length > 24 || value.charCodeAt(length - 1) !== 90 /* Z */) return NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45 || value.charCodeAt(10) !== 84 || value.charCodeAt(13) !== 58) return NaN;
  const year = strictDigits(value, 0, 4);
  const month = strictDigits(value, 5, 7);
  const day = strictDigits(value, 8, 10);
  const hour = strictDigits(value, 11, 13);
  const minute = strictDigits(value, 14, 16);
  if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  if (day > 28 && day > daysInMonth(year, month)) return NaN;
  let second = 0;
  let millisecond = 0;
  if (length > 17) {
    // ':SS' then, optionally, '.' and one to three digits of a second.
    if (length === 18 || length === 21 || value.charCodeAt(16) !== 58) return NaN;
    second = strictDigits(value, 17, 19);
    if (second < 0 || second > 59) return NaN;
    if (length > 20) {
      if (value.charCodeAt(19) !== 46) return NaN;
      const fraction = strictDigits(value, 20, length - 1);
      if (fraction < 0) return NaN;
      millisecond = length === 22 ? fraction * 100 : length === 23 ? fraction * 10 : fraction;
    }
  }
  return daysFromCivil(year, month, day) * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond;
}

export function parseInstant(value: unknown, path: string): number {
  if (typeof value === 'string') {
    const fast = parseUtcInstant(value);
    if (fast === fast) return fast; // not NaN: the common shape, already checked in full
  }
  return parseOtherInstant(value, path);
}

/** Offsets, longer fractions and malformed values: the regex, then Date.parse. */
function parseOtherInstant(value: unknown, path: string): number {
  if (typeof value !== 'string' || !INSTANT.test(value)) throw new AvailabilityInputError(path, `expected an ISO-8601 instant, got ${JSON.stringify(value)}.`);
  const day = digits(value, 8, 10);
  const ms = Date.parse(value);
  if ((day > 28 && day > daysInMonth(digits(value, 0, 4), digits(value, 5, 7))) || Number.isNaN(ms)) {
    throw new AvailabilityInputError(path, `${JSON.stringify(value)} is not a real instant.`);
  }
  return ms;
}

/** A closed-open span [start, end) of two instants, end after start. */
export function parseSpan(span: { start: unknown; end: unknown }, path: string): { start: number; end: number } {
  const start = parseInstant(span.start, `${path}.start`);
  const end = parseInstant(span.end, `${path}.end`);
  if (end <= start) throw new AvailabilityInputError(path, `ends at ${String(span.end)}, not after its start ${String(span.start)}.`);
  return { start, end };
}

export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Formats instants once per call: the calendars of one query share most of their starts and ends. */
export class InstantFormatter {
  private readonly formatted = new Map<number, string>();

  format(ms: number): string {
    let text = this.formatted.get(ms);
    if (text === undefined) {
      text = formatInstant(ms);
      this.formatted.set(ms, text);
    }
    return text;
  }
}
