/**
 * Choosing a grid slot with the keyboard: up and down move by the grid's snap, Page Up and Page
 * Down by an hour, Home and End to the shift's first and last slot, left and right to the next
 * calendar, Enter or Space books there. Pure, so it is tested without a browser.
 */
import type { GridScale } from './layout';

export type SlotMove = { minutes: number } | { column: -1 | 1 } | { book: true } | undefined;

export function slotKey(key: string, minutes: number, scale: GridScale, shift?: { start: number; end: number }): SlotMove {
  const last = scale.to - scale.snap;
  const clamp = (value: number) => ({ minutes: Math.max(scale.from, Math.min(last, value)) });
  switch (key) {
    case 'ArrowUp':
      return clamp(minutes - scale.snap);
    case 'ArrowDown':
      return clamp(minutes + scale.snap);
    case 'PageUp':
      return clamp(minutes - 60);
    case 'PageDown':
      return clamp(minutes + 60);
    case 'Home':
      return clamp(shift?.start ?? scale.from);
    case 'End':
      return clamp((shift?.end ?? scale.to) - scale.snap);
    case 'ArrowLeft':
      return { column: -1 };
    case 'ArrowRight':
      return { column: 1 };
    case 'Enter':
    case ' ':
      return { book: true };
    default:
      return undefined;
  }
}
