// One calendar's free time in a window: shifts minus breaks, blocks and busy intervals, in one sweep
// per shift over the sorted, merged obstacles.
import { bufferReach, forEachBusy, isOpenTo, parseBlocks } from './calendarInput';
import { expandShifts } from './expandShifts';
import { asMerged, firstEndingAfter, mergeIntervalsInPlace, type MsInterval } from './intervals';
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
const NO_REACH = { before: 0, after: 0 };

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
  const cuts: MsInterval[] = parseBlocks(calendar, path);
  const { before, after } = request.mode === 'online' ? bufferReach(calendar) : NO_REACH;
  forEachBusy(calendar, path, (_appointmentId, start, end) => cuts.push({ start: start - before, end: end + after }));
  wallClock.checkZone(calendar.timeZone, `${path}.timeZone`);
  if (!isOpenTo(calendar, request.session, request.mode)) return NO_FREE_TIME;
  const { earliest, latestStart } = searchWindow(calendar, request, wallClock);
  if (earliest >= latestStart) return NO_FREE_TIME;
  const duration = request.durationMs;
  // A start just before latestStart runs until latestStart + duration.
  const reach = latestStart + duration;
  const obstacles = mergeIntervalsInPlace(cuts);
  const collector = new FreeTimeCollector(latestStart, duration);
  for (const shift of expandShifts(calendar, earliest, reach, wallClock, path)) {
    collectGaps(Math.max(shift.start, earliest), Math.min(shift.end, reach), shift.breaks, obstacles, collector);
  }
  return { free: asMerged(collector.free), startRanges: asMerged(collector.startRanges) };
}

/** Turns each free piece of a shift into free time (up to latestStart) and the starts it allows. */
class FreeTimeCollector {
  readonly free: MsInterval[] = [];
  readonly startRanges: MsInterval[] = [];
  constructor(
    private readonly latestStart: number,
    private readonly duration: number,
  ) {}

  add(start: number, end: number): void {
    if (start < this.latestStart) this.free.push({ start, end: Math.min(end, this.latestStart) });
    const startsEnd = Math.min(end - this.duration + 1, this.latestStart);
    if (startsEnd > start) this.startRanges.push({ start, end: startsEnd });
  }
}

/**
 * The maximal pieces of [from, to) that neither list covers, in order, in one sweep. Both lists must
 * be sorted and disjoint.
 */
function collectGaps(from: number, to: number, breaks: readonly MsInterval[], cuts: readonly MsInterval[], collector: FreeTimeCollector): void {
  let cursor = from;
  let nextBreak = 0;
  let nextCut = firstEndingAfter(cuts, from);
  while (cursor < to) {
    while (nextBreak < breaks.length && breaks[nextBreak]!.end <= cursor) nextBreak++;
    while (nextCut < cuts.length && cuts[nextCut]!.end <= cursor) nextCut++;
    const pause = breaks[nextBreak];
    const cut = cuts[nextCut];
    const obstacle = pause !== undefined && (cut === undefined || pause.start <= cut.start) ? pause : cut;
    if (obstacle === undefined || obstacle.start >= to) {
      collector.add(cursor, to);
      return;
    }
    if (obstacle.start > cursor) collector.add(cursor, obstacle.start);
    cursor = Math.max(cursor, obstacle.end);
  }
}
