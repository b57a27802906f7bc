// Multi-resource booking (SPEC C8): a start where the provider and one calendar of each required
// kind (room, equipment) can all take the whole session.
import { computeFreeTime } from './freeIntervals';
import { formatInstant } from './instants';
import { containsInstant, intersectIntervals, mergeIntervals, type MsInterval } from './intervals';
import { parseRequest } from './request';
import { alignedStarts } from './slots';
import type { AvailabilityRequest, CalendarAvailabilityInput, MultiResourceOpening } from './types';
import { WallClock } from './wallClock';
import { offsetTimeline } from './zoneOffsets';

/**
 * Every calendar (provider and resources alike) is held to the same rules for the request's mode.
 * Starts align to the provider's zone; for each kind the first calendar, in the order given, that is
 * free for the whole session is chosen. `limit` caps the openings returned.
 */
export function findMultiResourceOpenings(
  provider: CalendarAvailabilityInput,
  resourcesByKind: CalendarAvailabilityInput[][],
  request: AvailabilityRequest,
): MultiResourceOpening[] {
  const parsed = parseRequest(request);
  const wallClock = new WallClock();
  const providerRanges = computeFreeTime(provider, parsed, wallClock, 'provider').startRanges;
  const kinds = resourcesByKind.map((calendars, kind) =>
    calendars.map((calendar, index) => ({
      calendarId: calendar.calendarId,
      ranges: computeFreeTime(calendar, parsed, wallClock, `resourcesByKind[${kind}][${index}]`).startRanges,
    })),
  );
  let combined: MsInterval[] = providerRanges;
  for (const calendars of kinds) combined = intersectIntervals(combined, mergeIntervals(calendars.flatMap((calendar) => calendar.ranges)));
  if (combined.length === 0) return [];
  const starts = alignedStarts(combined, offsetTimeline(provider.timeZone, Math.max(parsed.fromMs, parsed.nowMs), parsed.toMs), parsed.slotMinutes, parsed.limit);
  return starts.map((start) => ({
    start: formatInstant(start),
    calendarIds: [provider.calendarId, ...kinds.map((calendars) => calendars.find((calendar) => containsInstant(calendar.ranges, start))!.calendarId)],
  }));
}
