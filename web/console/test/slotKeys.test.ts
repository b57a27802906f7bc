import { describe, expect, it } from 'vitest';
import { slotKey } from '../src/schedule/slotKeys';

const scale = { from: 8 * 60, to: 18 * 60, pxPerMinute: 1, snap: 15 };
const shift = { start: 9 * 60, end: 17 * 60 };

describe('choosing a grid slot with the keyboard', () => {
  it('moves by the snap, by the hour and to the shift’s ends, never off the grid', () => {
    expect(slotKey('ArrowDown', 540, scale, shift)).toEqual({ minutes: 555 });
    expect(slotKey('ArrowUp', 540, scale, shift)).toEqual({ minutes: 525 });
    expect(slotKey('PageDown', 540, scale, shift)).toEqual({ minutes: 600 });
    expect(slotKey('PageUp', 500, scale, shift)).toEqual({ minutes: 480 });
    expect(slotKey('ArrowUp', 480, scale, shift)).toEqual({ minutes: 480 });
    expect(slotKey('ArrowDown', 1065, scale, shift)).toEqual({ minutes: 1065 });
    expect(slotKey('Home', 700, scale, shift)).toEqual({ minutes: 540 });
    expect(slotKey('End', 700, scale, shift)).toEqual({ minutes: 1005 });
    expect(slotKey('Home', 700, scale)).toEqual({ minutes: 480 });
    expect(slotKey('End', 700, scale)).toEqual({ minutes: 1065 });
  });

  it('goes to the next calendar, books, or leaves other keys alone', () => {
    expect(slotKey('ArrowLeft', 540, scale)).toEqual({ column: -1 });
    expect(slotKey('ArrowRight', 540, scale)).toEqual({ column: 1 });
    expect(slotKey('Enter', 540, scale)).toEqual({ book: true });
    expect(slotKey(' ', 540, scale)).toEqual({ book: true });
    expect(slotKey('Tab', 540, scale)).toBeUndefined();
  });
});
