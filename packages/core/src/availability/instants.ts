// Reading and writing instants strictly (Date.parse alone reads '2026-02-30' as 2 March), and
// quickly: one find-time query parses thousands of busy intervals and writes thousands of starts.
import { AvailabilityInputError } from './errors';

const INSTANT = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

function digits(value: string, from: number, to: number): number {
  let result = 0;
  for (let i = from; i < to; i++) result = result * 10 + value.charCodeAt(i) - 48;
  return result;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function parseInstant(value: unknown, path: string): number {
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
