// Wall-clock shifts and their breaks -> instants, per local day in the calendar's zone.
import { AvailabilityInputError } from './errors';
import { daysFromCivil } from './instants';
import { mergeIntervals, type MsInterval } from './intervals';
import type { CalendarAvailabilityInput, WallClockShift } from './types';
import { isLocalDate, isLocalTime, WallClock } from './wallClock';

export interface ExpandedShift {
  shiftId: string;
  start: number;
  end: number;
  /** Clipped to the shift, merged, sorted. */
  breaks: MsInterval[];
}

const DAY_MS = 86_400_000;

/** Throws unless the shift is well formed: a real date, start before end, breaks inside it. */
export function checkShift(shift: WallClockShift, path: string): void {
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
  calendar.shifts.forEach((shift, index) => {
    const shiftPath = `${path}.shifts[${index}]`;
    checkShift(shift, shiftPath);
    // Coarse filter before any Temporal work: a local date's instants lie within a day of its UTC
    // midnight (offsets stay within ±14 h), ending by '24:00' at most; a wider margin costs nothing.
    const utcMidnight = daysFromCivil(Number(shift.date.slice(0, 4)), Number(shift.date.slice(5, 7)), Number(shift.date.slice(8, 10))) * DAY_MS;
    if (utcMidnight + 2 * DAY_MS <= fromMs || utcMidnight - DAY_MS >= toMs) return;
    const start = wallClock.toEpochMs(zone, shift.date, shift.start, shiftPath);
    const end = wallClock.toEpochMs(zone, shift.date, shift.end, shiftPath);
    if (end <= start || end <= fromMs || start >= toMs) return;
    const breaks = shift.breaks.map((pause, breakIndex) => ({
      start: Math.max(start, wallClock.toEpochMs(zone, shift.date, pause.start, `${shiftPath}.breaks[${breakIndex}]`)),
      end: Math.min(end, wallClock.toEpochMs(zone, shift.date, pause.end, `${shiftPath}.breaks[${breakIndex}]`)),
    }));
    expanded.push({ shiftId: shift.shiftId, start, end, breaks: mergeIntervals(breaks) });
  });
  return expanded.sort((a, b) => a.start - b.start || a.end - b.end);
}
