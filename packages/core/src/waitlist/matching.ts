/**
 * Which waitlist entries an opening suits, and at what start (SPEC A9). Wall-clock rules (weekday,
 * window, earliest and latest date) are read in the location's zone with Temporal; the opening and
 * the answer are UTC instants. Whether the start is really bookable (shift, blocks, other visits,
 * guardrails) is the availability engine's question, asked by the use case just before it offers.
 */
import { Temporal } from 'temporal-polyfill';
import type { WaitlistWindow } from './schemas';

export interface OpeningSpan {
  calendarId: string;
  start: string;
  end: string;
}

export interface MatchableEntry {
  entryId: string;
  clientId: string;
  sessionId: string;
  calendarIds: readonly string[];
  windows: readonly WaitlistWindow[];
  earliestDate?: string | undefined;
  latestDate?: string | undefined;
  priority: number;
  createdAt: string;
  status: string;
}

export interface WaitlistMatch {
  entryId: string;
  clientId: string;
  sessionId: string;
  priority: number;
  start: string;
  end: string;
}

export interface MatchContext {
  /** The zone of the opening calendar's location. */
  timeZone: string;
  /** The session's length when this calendar takes it; undefined when it cannot be booked there. */
  durationOf: (sessionId: string) => number | undefined;
  /** Starts before this instant are not offered (an opening partly in the past). */
  notBefore: string;
}

const MINUTE_MS = 60_000;

/** The entries this opening suits, best first: priority (1 first), then who waited longest. */
export function matchOpening(opening: OpeningSpan, entries: readonly MatchableEntry[], context: MatchContext): WaitlistMatch[] {
  const matches: WaitlistMatch[] = [];
  const byEntry = new Map(entries.map((entry) => [entry.entryId, entry]));
  for (const entry of entries) {
    if (entry.status !== 'active') continue;
    if (entry.calendarIds.length > 0 && !entry.calendarIds.includes(opening.calendarId)) continue;
    const duration = context.durationOf(entry.sessionId);
    if (duration === undefined) continue;
    const start = firstFittingStart(entry, opening, duration, context);
    if (start === undefined) continue;
    matches.push({ entryId: entry.entryId, clientId: entry.clientId, sessionId: entry.sessionId, priority: entry.priority, start: new Date(start).toISOString(), end: new Date(start + duration * MINUTE_MS).toISOString() });
  }
  return matches.sort((a, b) => a.priority - b.priority || byEntry.get(a.entryId)!.createdAt.localeCompare(byEntry.get(b.entryId)!.createdAt) || a.entryId.localeCompare(b.entryId));
}

/** The earliest start in the opening where a visit of `duration` fits the entry's dates and windows. */
export function firstFittingStart(entry: MatchableEntry, opening: OpeningSpan, durationMinutes: number, context: Pick<MatchContext, 'timeZone' | 'notBefore'>): number | undefined {
  const from = Math.max(Date.parse(opening.start), Date.parse(context.notBefore));
  const to = Date.parse(opening.end);
  const candidates = [from, ...windowStartsWithin(entry.windows, from, to, context.timeZone)].sort((a, b) => a - b);
  return candidates.find((start) => start + durationMinutes * MINUTE_MS <= to && fitsEntry(entry, start, durationMinutes, context.timeZone));
}

/** Whether a visit at `startMs` lasting `durationMinutes` is inside the entry's dates and one of its windows. */
export function fitsEntry(entry: Pick<MatchableEntry, 'windows' | 'earliestDate' | 'latestDate'>, startMs: number, durationMinutes: number, timeZone: string): boolean {
  const start = Temporal.Instant.fromEpochMilliseconds(startMs).toZonedDateTimeISO(timeZone);
  const end = Temporal.Instant.fromEpochMilliseconds(startMs + durationMinutes * MINUTE_MS).toZonedDateTimeISO(timeZone);
  const date = start.toPlainDate().toString();
  if (entry.earliestDate && date < entry.earliestDate) return false;
  if (entry.latestDate && date > entry.latestDate) return false;
  if (entry.windows.length === 0) return true;
  const startTime = start.toPlainTime().toString({ smallestUnit: 'minute' });
  const sameDay = end.toPlainDate().equals(start.toPlainDate());
  const endTime = sameDay ? end.toPlainTime().toString({ smallestUnit: 'minute' }) : end.toPlainTime().equals(Temporal.PlainTime.from('00:00')) && end.toPlainDate().equals(start.toPlainDate().add({ days: 1 })) ? '24:00' : undefined;
  if (endTime === undefined) return false;
  return entry.windows.some((window) => window.days.includes(start.dayOfWeek) && startTime >= window.start && endTime <= window.end);
}

/** Each window's local start on every local day the span touches, as instants inside [from, to). */
function windowStartsWithin(windows: readonly WaitlistWindow[], from: number, to: number, timeZone: string): number[] {
  const starts: number[] = [];
  const lastDay = Temporal.Instant.fromEpochMilliseconds(to).toZonedDateTimeISO(timeZone).toPlainDate();
  for (let day = Temporal.Instant.fromEpochMilliseconds(from).toZonedDateTimeISO(timeZone).toPlainDate(); Temporal.PlainDate.compare(day, lastDay) <= 0; day = day.add({ days: 1 })) {
    for (const window of windows) {
      if (!window.days.includes(day.dayOfWeek) || window.start === '24:00') continue;
      const at = day.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(window.start) }).epochMilliseconds;
      if (at >= from && at < to) starts.push(at);
    }
  }
  return starts;
}
