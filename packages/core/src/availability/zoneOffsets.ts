// A zone's UTC offsets over a search window, read from Temporal once per zone and window, so that
// aligning starts to the local wall clock needs no Temporal call per candidate start.
import { Temporal } from 'temporal-polyfill';

const DAY_MS = 86_400_000;
/** Timelines kept before the memo starts over (a long-lived process sees a new window every day). */
const MAX_TIMELINES = 1_000;

export class OffsetTimeline {
  private constructor(
    /** changes[i] is where offsets[i] takes effect; changes[0] is -Infinity. */
    private readonly changes: number[],
    private readonly offsets: number[],
  ) {}

  /** The offsets of `zone` from `fromMs` to `toMs`, with every transition Temporal knows between them. */
  static build(zone: string, fromMs: number, toMs: number): OffsetTimeline {
    let zoned = Temporal.Instant.fromEpochMilliseconds(fromMs).toZonedDateTimeISO(zone);
    const changes = [-Infinity];
    const offsets = [zoned.offsetNanoseconds / 1e6];
    for (;;) {
      const next = zoned.getTimeZoneTransition('next');
      if (!next || next.epochMilliseconds > toMs) break;
      changes.push(next.epochMilliseconds);
      offsets.push(next.offsetNanoseconds / 1e6);
      zoned = next;
    }
    return new OffsetTimeline(changes, offsets);
  }

  private indexAt(ms: number): number {
    let low = 0;
    let high = this.changes.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.changes[middle]! <= ms) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Local wall-clock time minus UTC at `ms`, in milliseconds. */
  offsetAt(ms: number): number {
    return this.offsets[this.indexAt(ms)]!;
  }

  /** The next instant after `ms` where the offset changes (Infinity past the window's last change). */
  nextChangeAfter(ms: number): number {
    return this.changes[this.indexAt(ms) + 1] ?? Infinity;
  }
}

const timelines = new Map<string, OffsetTimeline>();

/**
 * A timeline of `zone` covering [fromMs, toMs], shared by every call whose window lies in the same
 * whole UTC days: a timeline over a wider window answers the same inside the narrower one.
 */
export function offsetTimeline(zone: string, fromMs: number, toMs: number): OffsetTimeline {
  const firstDay = Math.floor(fromMs / DAY_MS);
  const lastDay = Math.ceil(toMs / DAY_MS);
  const key = `${zone}\u0000${firstDay}\u0000${lastDay}`;
  let timeline = timelines.get(key);
  if (!timeline) {
    if (timelines.size >= MAX_TIMELINES) timelines.clear();
    timeline = OffsetTimeline.build(zone, firstDay * DAY_MS, lastDay * DAY_MS);
    timelines.set(key, timeline);
  }
  return timeline;
}
