// Find time (SPEC C6): each calendar's free intervals and first bookable starts for one session.
import { computeFreeTime } from './freeIntervals';
import { InstantFormatter } from './instants';
import { parseRequest } from './request';
import { alignedStarts } from './slots';
import type { AvailabilityRequest, CalendarAvailabilityInput, CalendarOpenings } from './types';
import { WallClock } from './wallClock';
import { OffsetTimelines } from './zoneOffsets';

/** Calendars that do not take the session (discipline; online flags in online mode) come back empty. */
export function findOpenings(calendars: CalendarAvailabilityInput[], request: AvailabilityRequest): CalendarOpenings[] {
  const parsed = parseRequest(request);
  const wallClock = new WallClock();
  const instants = new InstantFormatter();
  const format = (ms: number) => instants.format(ms);
  const timelines = new OffsetTimelines(Math.max(parsed.fromMs, parsed.nowMs), parsed.toMs);
  return calendars.map((calendar, index) => {
    const { free, startRanges } = computeFreeTime(calendar, parsed, wallClock, `calendars[${index}]`);
    const starts = startRanges.length === 0 ? [] : alignedStarts(startRanges, timelines.for(calendar.timeZone), parsed.slotMinutes, parsed.limit);
    return {
      calendarId: calendar.calendarId,
      freeIntervals: free.map((interval) => ({ start: format(interval.start), end: format(interval.end) })),
      starts: starts.map(format),
    };
  });
}
