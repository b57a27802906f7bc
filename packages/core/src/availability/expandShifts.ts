// Wall-clock shifts and their breaks -> instants, per local day in the calendar's zone.
import { AvailabilityInputError } from './errors';
import { daysFromCivil } from './instants';
import { mergeIntervals, type MsInterval } from './intervals';
import type { CalendarAvailabilityInput, WallClockShift } from './types';
import { cannotPlace, isLocalDate, isLocalTime, WallClock } from './wallClock';
import { localDay, timeOnDay, type LocalDay } from './zoneDays';

export interface ExpandedShift {
  shiftId: string;
  start: number;
  end: number;
  /** Clipped to the shift, merged, sorted. */
  breaks: MsInterval[];
}

const DAY_MS = 86_400_000;

/**
 * Whether the shift is well formed: a real date, start before end, breaks inside it. The same checks
 * as explainMalformedShift, without building any message or path: most shifts pass.
 */
function isWellFormed(shift: WallClockShift): boolean {
  if (typeof shift.shiftId !== 'string' || shift.shiftId === '' || !isLocalDate(shift.date) || !isLocalTime(shift.start) || !isLocalTime(shift.end)) return false;
  if (shift.start >= shift.end || !Array.isArray(shift.breaks)) return false;
  for (const pause of shift.breaks) {
    if (!isLocalTime(pause?.start) || !isLocalTime(pause.end) || pause.start >= pause.end || pause.start < shift.start || pause.end > shift.end) return false;
  }
  return true;
}

/** Throws, naming what is wrong with a shift isWellFormed refused. */
function explainMalformedShift(shift: WallClockShift, path: string): void {
  if (typeof shift.shiftId !== 'string' || shift.shiftId === '') throw new AvailabilityInputError(path, 'a shift needs a shiftId.');
  if (!isLocalDate(shift.date)) throw new AvailabilityInputError(`${path}.date`, `expected YYYY-MM-DD, got ${JSON.stringify(shift.date)}.`);
  if (!isLocalTime(shift.start) || !isLocalTime(shift.end)) {
    throw new AvailabilityInputError(path, `expected HH:MM times, got ${JSON.stringify(shift.start)}-${JSON.stringify(shift.end)}.`);
  }
  if (shift.start >= shift.end) throw new AvailabilityInputError(path, `shift ${shift.shiftId} ends at ${shift.end}, not after ${shift.start}.`);
  if (!Array.isArray(shift.breaks)) throw new AvailabilityInputError(`${path}.breaks`, 'expected a list of breaks.');
  shift.breaks.forEach((pause, index) => {
    const breakPath = `${path}.breaks[${index}]`;
    if (!isLocalTime(pause?.start) || !isLocalTime(pause?.end)) throw new AvailabilityInputError(breakPath, 'expected HH:MM times.');
    if (pause.start >= pause.end || pause.start < shift.start || pause.end > shift.end) {
      throw new AvailabilityInputError(breakPath, `break ${pause.start}-${pause.end} must end after it starts and lie inside shift ${shift.start}-${shift.end}.`);
    }
  });
}

/** Days from 1970-01-01 of a checked YYYY-MM-DD date. */
function localDateDays(date: string): number {
  return daysFromCivil(digitsOf(date, 0, 4), digitsOf(date, 5, 7), digitsOf(date, 8, 10));
}

function digitsOf(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** The zone's record of a date, or undefined when Temporal cannot read it (place then reports where). */
function lookUpDay(zone: string, date: string): LocalDay | undefined {
  try {
    return localDay(zone, date);
  } catch {
    return undefined;
  }
}

function shiftPath(calendarPath: string, index: number): string {
  return `${calendarPath}.shifts[${index}]`;
}

/** A shift's (or its break's) local time as an instant; the error path is only built on failure. */
function place(day: LocalDay | undefined, zone: string, date: string, time: string, calendarPath: string, index: number, breakIndex?: number): number {
  try {
    return timeOnDay(day ?? localDay(zone, date), zone, date, time);
  } catch (error) {
    const path = breakIndex === undefined ? shiftPath(calendarPath, index) : `${shiftPath(calendarPath, index)}.breaks[${breakIndex}]`;
    throw cannotPlace(zone, date, time, path, error);
  }
}

/**
 * The calendar's shifts that overlap [fromMs, toMs), as instants, sorted by start. Every shift is
 * checked; only those near the range are converted. A shift whose local times collapse in real time
 * (02:30-03:00 on the night 02:00 becomes 03:00) is left out: it has no real duration.
 */
export function expandShifts(calendar: CalendarAvailabilityInput, fromMs: number, toMs: number, wallClock = new WallClock(), path = 'calendar'): ExpandedShift[] {
  if (!Array.isArray(calendar.shifts)) throw new AvailabilityInputError(`${path}.shifts`, 'expected a list of shifts.');
  wallClock.checkZone(calendar.timeZone, `${path}.timeZone`);
  const zone = calendar.timeZone;
  const expanded: ExpandedShift[] = [];
  for (let index = 0; index < calendar.shifts.length; index++) {
    const shift = calendar.shifts[index]!;
    if (!isWellFormed(shift)) explainMalformedShift(shift, shiftPath(path, index));
    // Coarse filter before any Temporal work: a local date's instants lie within a day of its UTC
    // midnight (offsets stay within ±14 h), ending by '24:00' at most; a wider margin costs nothing.
    const utcMidnight = localDateDays(shift.date) * DAY_MS;
    if (utcMidnight + 2 * DAY_MS <= fromMs || utcMidnight - DAY_MS >= toMs) continue;
    const day = lookUpDay(zone, shift.date);
    const start = place(day, zone, shift.date, shift.start, path, index);
    const end = place(day, zone, shift.date, shift.end, path, index);
    if (end <= start || end <= fromMs || start >= toMs) continue;
    const breaks: MsInterval[] = [];
    for (let breakIndex = 0; breakIndex < shift.breaks.length; breakIndex++) {
      const pause = shift.breaks[breakIndex]!;
      breaks.push({
        start: Math.max(start, place(day, zone, shift.date, pause.start, path, index, breakIndex)),
        end: Math.min(end, place(day, zone, shift.date, pause.end, path, index, breakIndex)),
      });
    }
    expanded.push({ shiftId: shift.shiftId, start, end, breaks: breaks.length === 1 && breaks[0]!.start < breaks[0]!.end ? breaks : mergeIntervals(breaks) });
  }
  return expanded.sort((a, b) => a.start - b.start || a.end - b.end);
}
