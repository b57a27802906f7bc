import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clipIntervals, containsInstant, intersectIntervals, mergeIntervals, subtractIntervals, type MsInterval } from '../../src/availability';
import { asMerged, mergeIntervalsInPlace } from '../../src/availability/intervals';

// Small integer intervals, checked against the set of integer points they cover.
const intervalArb = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 20 })).map(([start, length]) => ({ start, end: start + length }));
const listArb = fc.array(intervalArb, { maxLength: 12 });
const points = (intervals: MsInterval[]) => {
  const covered = new Set<number>();
  for (const { start, end } of intervals) for (let p = start; p < end; p++) covered.add(p);
  return [...covered].sort((a, b) => a - b);
};
const isNormal = (intervals: MsInterval[]) => intervals.every((interval, i) => interval.start < interval.end && (i === 0 || interval.start > intervals[i - 1]!.end));

describe('interval algebra', () => {
  it('merges into sorted, disjoint, non-touching intervals covering the same points', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const merged = mergeIntervals(list);
        expect(isNormal(merged)).toBe(true);
        expect(points(merged)).toEqual(points(list));
      }),
    );
  });

  it('subtracts, intersects and clips point by point', () => {
    fc.assert(
      fc.property(listArb, listArb, intervalArb, (a, b, clip) => {
        const [ma, mb] = [mergeIntervals(a), mergeIntervals(b)];
        const inB = new Set(points(mb));
        expect(points(subtractIntervals(ma, mb))).toEqual(points(ma).filter((p) => !inB.has(p)));
        expect(points(intersectIntervals(ma, mb))).toEqual(points(ma).filter((p) => inB.has(p)));
        expect(points(clipIntervals(ma, clip.start, clip.end))).toEqual(points(ma).filter((p) => p >= clip.start && p < clip.end));
        expect(isNormal(subtractIntervals(ma, mb))).toBe(true);
        for (let p = -1; p < 82; p++) expect(containsInstant(ma, p)).toBe(points(ma).includes(p));
      }),
    );
  });

  it('merges in place, and takes the output of a sweep as it is only when it is already merged', () => {
    fc.assert(
      fc.property(listArb, (list) => {
        const copies = () => list.map(({ start, end }) => ({ start, end }));
        expect(mergeIntervalsInPlace(copies())).toEqual(mergeIntervals(list));
        const sorted = copies()
          .filter((interval) => interval.end > interval.start)
          .sort((a, b) => a.start - b.start);
        expect(asMerged(sorted)).toEqual(mergeIntervals(sorted));
        const merged = mergeIntervals(list);
        expect(asMerged(merged)).toBe(merged);
      }),
    );
  });

  it('treats touching as not overlapping', () => {
    expect(subtractIntervals([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([{ start: 0, end: 10 }]);
    expect(intersectIntervals([{ start: 0, end: 10 }], [{ start: 10, end: 20 }])).toEqual([]);
  });
});
