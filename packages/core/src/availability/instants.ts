// Reading and writing instants strictly: Date.parse alone accepts '2026-02-30' as 2 March.
import { AvailabilityInputError } from './errors';

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

export function parseInstant(value: unknown, path: string): number {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match) throw new AvailabilityInputError(path, `expected an ISO-8601 instant, got ${JSON.stringify(value)}.`);
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const ms = Date.parse(value as string);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth || hour > 23 || minute > 59 || second > 59 || Number.isNaN(ms)) {
    throw new AvailabilityInputError(path, `${JSON.stringify(value)} is not a real instant.`);
  }
  return ms;
}

export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** A closed-open span [start, end) of two instants, end after start. */
export function parseSpan(span: { start: unknown; end: unknown }, path: string): { start: number; end: number } {
  const start = parseInstant(span.start, `${path}.start`);
  const end = parseInstant(span.end, `${path}.end`);
  if (end <= start) throw new AvailabilityInputError(path, `ends at ${String(span.end)}, not after its start ${String(span.start)}.`);
  return { start, end };
}
