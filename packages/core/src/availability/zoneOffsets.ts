// A zone's UTC offsets over a search window, read from Temporal once per zone and call, so that
// aligning starts to the local wall clock needs no Temporal call per candidate start.
import { Temporal } from 'temporal-polyfill';

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

/** One timeline per zone for one call, all over the same window (every calendar's starts lie in it). */
export class OffsetTimelines {
  private readonly timelines = new Map<string, OffsetTimeline>();
  constructor(
    private readonly fromMs: number,
    private readonly toMs: number,
  ) {}

  for(zone: string): OffsetTimeline {
    let timeline = this.timelines.get(zone);
    if (!timeline) {
      timeline = OffsetTimeline.build(zone, this.fromMs, this.toMs);
      this.timelines.set(zone, timeline);
    }
    return timeline;
  }
}
