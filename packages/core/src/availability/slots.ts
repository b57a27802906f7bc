// Starts aligned to the local wall clock: a start is aligned when its local time of day, in minutes
// from local midnight, is a multiple of the slot (so :00 :15 :30 :45 local in a +05:30 or +10:30 zone
// too). Within one offset of the timeline, local time is the instant plus that offset.
import type { MsInterval } from './intervals';
import type { OffsetTimeline } from './zoneOffsets';

const DAY_MS = 86_400_000;

/** The first aligned instant at or after `ms`. */
export function nextAlignedStart(ms: number, timeline: OffsetTimeline, slotMs: number): number {
  let from = ms;
  for (;;) {
    const offset = timeline.offsetAt(from);
    const local = from + offset;
    const midnight = Math.floor(local / DAY_MS) * DAY_MS;
    // A slot that does not divide the day restarts at the next midnight.
    const aligned = Math.min(midnight + Math.ceil((local - midnight) / slotMs) * slotMs, midnight + DAY_MS);
    const start = aligned - offset;
    const change = timeline.nextChangeAfter(from);
    if (start < change) return start;
    from = change;
  }
}

/** The first `limit` aligned starts inside sorted, disjoint `ranges` (of allowed start instants). */
export function alignedStarts(ranges: readonly MsInterval[], timeline: OffsetTimeline, slotMinutes: number, limit: number): number[] {
  const slotMs = slotMinutes * 60_000;
  const starts: number[] = [];
  for (const range of ranges) {
    for (let start = nextAlignedStart(range.start, timeline, slotMs); start < range.end; start = nextAlignedStart(start + 1, timeline, slotMs)) {
      if (starts.length >= limit) return starts;
      starts.push(start);
    }
  }
  return starts;
}
