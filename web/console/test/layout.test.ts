import { describe, expect, it } from 'vitest';
import { gridRange, minutesAt, placeSideBySide, topOf } from '../src/schedule/layout';

describe('placeSideBySide', () => {
  it('gives overlapping appointments separate lanes and lone ones the full width', () => {
    const placed = placeSideBySide([
      { id: 'a', start: 540, end: 600 },
      { id: 'b', start: 540, end: 585 },
      { id: 'c', start: 590, end: 630 },
      { id: 'd', start: 700, end: 730 },
    ]);
    const byId = Object.fromEntries(placed.map((entry) => [entry.item.id, { lane: entry.lane, lanes: entry.lanes }]));
    expect(byId).toEqual({ a: { lane: 0, lanes: 2 }, b: { lane: 1, lanes: 2 }, c: { lane: 1, lanes: 2 }, d: { lane: 0, lanes: 1 } });
  });

  it('never puts two overlapping items in the same lane', () => {
    const items = Array.from({ length: 60 }, (_, index) => ({ id: String(index), start: (index * 37) % 600, end: ((index * 37) % 600) + 30 + (index % 4) * 15 }));
    const placed = placeSideBySide(items);
    for (const one of placed) {
      for (const other of placed) {
        if (one === other || one.lane !== other.lane) continue;
        expect(one.item.end <= other.item.start || other.item.end <= one.item.start).toBe(true);
      }
      expect(one.lane).toBeLessThan(one.lanes);
    }
  });

  it('lets back-to-back appointments share a lane', () => {
    const placed = placeSideBySide([{ id: 'a', start: 540, end: 600 }, { id: 'b', start: 600, end: 660 }]);
    expect(placed.map((entry) => entry.lanes)).toEqual([1, 1]);
  });
});

describe('grid scale', () => {
  const scale = { from: 420, to: 1200, pxPerMinute: 1.2, snap: 15 };
  it('turns minutes into pixels and a click back into a snapped minute', () => {
    expect(topOf(scale, 540)).toBe(144);
    expect(minutesAt(scale, 144 + 10)).toBe(540);
    expect(minutesAt(scale, 144 + 19)).toBe(555);
    expect(minutesAt(scale, -50)).toBe(420);
    expect(minutesAt(scale, 10_000)).toBe(1185);
  });

  it('shows the widest hours of the columns, in whole hours', () => {
    expect(gridRange([])).toEqual({ from: 480, to: 1080 });
    expect(gridRange([{ visibleHours: { start: '08:00', end: '18:00' }, shift: { start: '07:30', end: '19:15' } }])).toEqual({ from: 420, to: 1200 });
  });

  it('stretches to an appointment outside every shift (4:33 AM), so it is drawn at its time', () => {
    const column = { visibleHours: { start: '07:00', end: '21:00' }, shift: { start: '09:00', end: '17:00' } };
    expect(gridRange([column], [{ start: 4 * 60 + 33, end: 5 * 60 + 33 }])).toEqual({ from: 240, to: 1260 });
    expect(gridRange([column], [{ start: 22 * 60 + 30, end: 23 * 60 }])).toEqual({ from: 420, to: 1380 });
    // One that began the day before is drawn from midnight.
    expect(gridRange([column], [{ start: -1, end: 30 }])).toEqual({ from: 0, to: 1260 });
  });
});
