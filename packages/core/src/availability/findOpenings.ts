// Find time (SPEC C6): each calendar's free intervals and first bookable starts for one session.
import { computeFreeTime } from './freeIntervals';
import { InstantFormatter } from './instants';
import type { MsInterval } from './intervals';
import { parseRequest } from './request';
import { alignedStarts } from './slots';
import type { AvailabilityRequest, CalendarAvailabilityInput, CalendarOpenings, Interval } from './types';
import { WallClock } from './wallClock';
import { offsetTimeline } from './zoneOffsets';

/** Calendars that do not take the session (discipline; online flags in online mode) come back empty. */
export function findOpenings(calendars: CalendarAvailabilityInput[], request: AvailabilityRequest): CalendarOpenings[] {
  const parsed = parseRequest(request);
  const wallClock = new WallClock();
  const instants = new InstantFormatter();
  const format = (ms: number) => instants.format(ms);
  const searchFrom = Math.max(parsed.fromMs, parsed.nowMs);
  return calendars.map((calendar, index) => {
    const { free, startRanges } = computeFreeTime(calendar, parsed, wallClock, `calendars[${index}]`);
    const starts = startRanges.length === 0 ? [] : alignedStarts(startRanges, offsetTimeline(calendar.timeZone, searchFrom, parsed.toMs), parsed.slotMinutes, parsed.limit);
    return openings(calendar.calendarId, free, starts.map(format), format);
  });
}

/**
 * Free intervals span the whole window (weeks of them) while callers often read only the starts, so
 * their strings are written when first read, once. The property is an ordinary enumerable one to
 * JSON.stringify, spreading and deep equality.
 */
function openings(calendarId: string, free: MsInterval[], starts: string[], format: (ms: number) => string): CalendarOpenings {
  let freeIntervals: Interval[] | undefined;
  return {
    calendarId,
    get freeIntervals(): Interval[] {
      freeIntervals ??= free.map((interval) => ({ start: format(interval.start), end: format(interval.end) }));
      return freeIntervals;
    },
    set freeIntervals(value: Interval[]) {
      freeIntervals = value;
    },
    starts,
  };
}
