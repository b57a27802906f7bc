// Interval algebra on epoch milliseconds. Intervals are half-open [start, end): touching is not overlapping.

export interface MsInterval {
  start: number;
  end: number;
}

export function overlaps(a: MsInterval, b: MsInterval): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Sorted, with overlapping and touching intervals joined and empty ones dropped. */
export function mergeIntervals(intervals: readonly MsInterval[]): MsInterval[] {
  if (intervals.length <= 1) return intervals.filter((interval) => interval.end > interval.start).map(({ start, end }) => ({ start, end }));
  const sorted = intervals.filter((interval) => interval.end > interval.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: MsInterval[] = [];
  for (const interval of sorted) {
    const last = merged[merged.length - 1];
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else merged.push({ start: interval.start, end: interval.end });
  }
  return merged;
}

/** mergeIntervals for a list the caller owns: sorted and merged in place, without copies. */
export function mergeIntervalsInPlace(intervals: MsInterval[]): MsInterval[] {
  intervals.sort((a, b) => a.start - b.start || a.end - b.end);
  let kept = 0;
  for (const interval of intervals) {
    if (interval.end <= interval.start) continue;
    const last = kept > 0 ? intervals[kept - 1]! : undefined;
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else intervals[kept++] = interval;
  }
  intervals.length = kept;
  return intervals;
}

/**
 * For non-empty intervals: the list itself when each starts after the one before it ends (as a sweep
 * emits them), else mergeIntervals of it.
 */
export function asMerged(intervals: MsInterval[]): MsInterval[] {
  for (let i = 1; i < intervals.length; i++) if (intervals[i]!.start <= intervals[i - 1]!.end) return mergeIntervals(intervals);
  return intervals;
}

/** `base` minus `cuts`, in one sweep. Both must be sorted and disjoint (as `mergeIntervals` returns them). */
export function subtractIntervals(base: readonly MsInterval[], cuts: readonly MsInterval[]): MsInterval[] {
  const result: MsInterval[] = [];
  let first = 0;
  for (const interval of base) {
    let cursor = interval.start;
    while (first < cuts.length && cuts[first]!.end <= cursor) first++;
    for (let i = first; i < cuts.length && cuts[i]!.start < interval.end; i++) {
      const cut = cuts[i]!;
      if (cut.start > cursor) result.push({ start: cursor, end: cut.start });
      cursor = Math.max(cursor, cut.end);
    }
    if (cursor < interval.end) result.push({ start: cursor, end: interval.end });
  }
  return result;
}

/** Where `a` and `b` both hold, in one sweep. Both must be sorted and disjoint. */
export function intersectIntervals(a: readonly MsInterval[], b: readonly MsInterval[]): MsInterval[] {
  const result: MsInterval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    const start = Math.max(x.start, y.start);
    const end = Math.min(x.end, y.end);
    if (start < end) result.push({ start, end });
    if (x.end < y.end) i++;
    else j++;
  }
  return result;
}

export function clipIntervals(intervals: readonly MsInterval[], start: number, end: number): MsInterval[] {
  const result: MsInterval[] = [];
  for (const interval of intervals) {
    const clipped = { start: Math.max(interval.start, start), end: Math.min(interval.end, end) };
    if (clipped.start < clipped.end) result.push(clipped);
  }
  return result;
}

/** Index of the first interval ending after `ms` in a sorted, disjoint list (its ends ascend too). */
export function firstEndingAfter(sorted: readonly MsInterval[], ms: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]!.end <= ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The intervals of a sorted, disjoint list that overlap [start, end). */
export function intervalsOverlapping(sorted: readonly MsInterval[], start: number, end: number): MsInterval[] {
  const result: MsInterval[] = [];
  for (let i = firstEndingAfter(sorted, start); i < sorted.length && sorted[i]!.start < end; i++) result.push(sorted[i]!);
  return result;
}

/** True when a sorted, disjoint list has an interval containing `ms`. */
export function containsInstant(sorted: readonly MsInterval[], ms: number): boolean {
  const interval = sorted[firstEndingAfter(sorted, ms)];
  return interval !== undefined && interval.start <= ms;
}
