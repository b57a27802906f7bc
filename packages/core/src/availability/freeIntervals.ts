// One calendar's free time in a window: shifts minus breaks, blocks and busy intervals, in one sweep
// per shift over the sorted, merged obstacles.
import { isOpenTo, parseCalendar, withBuffers } from './calendarInput';
import { expandShifts } from './expandShifts';
import { clipIntervals, intervalsOverlapping, mergeIntervals, subtractIntervals, type MsInterval } from './intervals';
import type { ParsedRequest } from './request';
import type { CalendarAvailabilityInput } from './types';
import type { WallClock } from './wallClock';

/** Starts may fall in [earliest, latestStart). */
export interface SearchWindow {
  earliest: number;
  latestStart: number;
}

export interface FreeTime {
  /** Free intervals clipped to the window, merged. */
  free: MsInterval[];
  /**
   * The instants where a session may start, as sorted, disjoint ranges. Instants are whole
   * milliseconds, so a last allowed start L is the range end L + 1.
   */
  startRanges: MsInterval[];
}

export const NO_FREE_TIME: FreeTime = { free: [], startRanges: [] };

/** Never before now; online also after the lead time and before the horizon (local days from now). */
export function searchWindow(calendar: CalendarAvailabilityInput, request: ParsedRequest, wallClock: WallClock): SearchWindow {
  if (request.mode === 'staff') return { earliest: Math.max(request.fromMs, request.nowMs), latestStart: request.toMs };
  const { leadTimeMinutes, horizonDays } = calendar.guardrails;
  return {
    earliest: Math.max(request.fromMs, request.nowMs + leadTimeMinutes * 60_000),
    latestStart: Math.min(request.toMs, wallClock.addLocalDays(calendar.timeZone, request.nowMs, horizonDays)),
  };
}

export function computeFreeTime(calendar: CalendarAvailabilityInput, request: ParsedRequest, wallClock: WallClock, path: string): FreeTime {
  const { blocks, busy } = parseCalendar(calendar, path);
  wallClock.checkZone(calendar.timeZone, `${path}.timeZone`);
  if (!isOpenTo(calendar, request.session, request.mode)) return NO_FREE_TIME;
  const { earliest, latestStart } = searchWindow(calendar, request, wallClock);
  if (earliest >= latestStart) return NO_FREE_TIME;
  const duration = request.durationMs;
  // A start just before latestStart runs until latestStart + duration.
  const reach = latestStart + duration;
  const busyCuts = request.mode === 'online' ? busy.map((appointment) => withBuffers(appointment, calendar)) : busy;
  const cuts = mergeIntervals([...blocks, ...busyCuts]);
  const free: MsInterval[] = [];
  const startRanges: MsInterval[] = [];
  for (const shift of expandShifts(calendar, earliest, reach, wallClock, path)) {
    const window = clipIntervals([shift], earliest, reach);
    const pieces = subtractIntervals(subtractIntervals(window, shift.breaks), intervalsOverlapping(cuts, shift.start, shift.end));
    for (const piece of pieces) {
      if (piece.start < latestStart) free.push({ start: piece.start, end: Math.min(piece.end, latestStart) });
      const end = Math.min(piece.end - duration + 1, latestStart);
      if (end > piece.start) startRanges.push({ start: piece.start, end });
    }
  }
  return { free: mergeIntervals(free), startRanges: mergeIntervals(startRanges) };
}
