/**
 * The availability engine (SPEC C5-C8): pure functions over shifts, breaks, blocks and busy intervals.
 *
 * Semantics
 * - A start s is bookable for duration d when [s, s+d) lies inside one shift and overlaps none of that
 *   shift's breaks, no block and no busy appointment, and s >= now (else `in_past`, for everyone).
 *   Back-to-back shifts do not join: a session must fit in one of them. Free intervals, though, are
 *   merged across them.
 * - The calendar's disciplineIds must include the session's discipline, in both modes.
 * - 'online' mode also needs: the calendar online and the session online-bookable; s >= now + lead
 *   time (real minutes); s < horizon end = now plus horizonDays *local* days in the calendar's zone
 *   (same wall-clock time, so a DST change does not move it by an hour); and
 *   [s - bufferBefore, s + d + bufferAfter) overlapping no busy appointment (`buffer`). 'staff' mode
 *   applies none of these and searches from max(from, now).
 * - All intervals are half-open: a busy interval ending at 10:00 does not touch a 10:00 start.
 * - Shifts and breaks are wall-clock times on a local date in the calendar's zone ('24:00' is the
 *   next local midnight), converted with Temporal's 'compatible' disambiguation: 09:00-17:00 is 09:00
 *   to 17:00 local on both sides of a DST change; a shift over the skipped hour is shorter in real
 *   time, over the repeated hour longer. A shift whose ends collapse in real time is ignored.
 * - Free intervals: shifts minus breaks, blocks and busy (padded by the buffers in online mode),
 *   clipped to [max(from, now, online: now + lead), min(to, online: horizon end)), merged, sorted.
 * - Starts: in [from, to) and the window above, whole session in free time, aligned to slotMinutes
 *   from *local* midnight in the calendar's zone (default 15; correct in +05:30 and half-hour DST
 *   zones, and both occurrences of a repeated hour count), ascending, at most `limit` (default 50).
 * - Explain lists every reason, whatever the mode; scope 'online' reasons refuse online booking
 *   only. `bookable` is for the request's mode (staff: no 'all' reason; online: no reason at all).
 *   Explain ignores slot alignment and the search window.
 * - Multi-resource: every calendar is held to the same rules; starts align in the provider's zone;
 *   the first free calendar of each kind, in the order given, is chosen.
 * - Malformed input (bad instants, breaks outside their shift, unknown zones, end before start)
 *   throws AvailabilityInputError rather than answering from part of the data.
 */
export * from './types';
export { AvailabilityInputError } from './errors';
export { findOpenings } from './findOpenings';
export { findMultiResourceOpenings } from './multiResource';
export { explainStart } from './explain';
export { expandShifts, type ExpandedShift } from './expandShifts';
export { computeFreeTime, searchWindow, type FreeTime, type SearchWindow } from './freeIntervals';
export { alignedStarts, nextAlignedStart } from './slots';
export { OffsetTimeline } from './zoneOffsets';
export { WallClock } from './wallClock';
export { DEFAULT_LIMIT, DEFAULT_SLOT_MINUTES } from './request';
export {
  clipIntervals,
  containsInstant,
  intersectIntervals,
  mergeIntervals,
  overlaps,
  subtractIntervals,
  type MsInterval,
} from './intervals';
