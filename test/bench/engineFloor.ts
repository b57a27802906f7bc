/**
 * The floor of the engine bench: what any availability engine must do on the same input, done with
 * nothing to spare. Every busy interval's two instants and every shift's and break's local times are
 * parsed once, by fixed position, without checks; each calendar's busy intervals are sorted by start
 * and swept once against its shifts and breaks. Wall-clock times become instants through a per-date
 * offset table built before timing starts (the least a zone lookup can cost). No output is written.
 */
import { Temporal } from 'temporal-polyfill';
import type { CalendarAvailabilityInput } from '../../packages/core/src/availability';

const DAY_MS = 86_400_000;

function digit(text: string, at: number): number {
  return text.charCodeAt(at) - 48;
}

function number2(text: string, at: number): number {
  return digit(text, at) * 10 + digit(text, at + 1);
}

/** Days from 1970-01-01 (H. Hinnant's days_from_civil). */
function epochDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

function parseDate(text: string): number {
  return epochDay(number2(text, 0) * 100 + number2(text, 2), number2(text, 5), number2(text, 8));
}

/** `YYYY-MM-DDTHH:MM:SS[.sss]Z` by position, trusting the shape. */
export function parseFixedInstant(text: string): number {
  const millis = text.length === 24 ? digit(text, 20) * 100 + number2(text, 21) : 0;
  return parseDate(text) * DAY_MS + number2(text, 11) * 3_600_000 + number2(text, 14) * 60_000 + number2(text, 17) * 1000 + millis;
}

function parseMinutes(time: string): number {
  return number2(time, 0) * 60 + number2(time, 3);
}

/** Local minus UTC for each local date the calendars' shifts name, read before timing. */
export function offsetTable(calendars: CalendarAvailabilityInput[]): Map<string, number> {
  const offsets = new Map<string, number>();
  for (const calendar of calendars) {
    for (const shift of calendar.shifts) {
      const key = `${calendar.timeZone} ${shift.date}`;
      if (!offsets.has(key)) offsets.set(key, Temporal.PlainDate.from(shift.date).toZonedDateTime(calendar.timeZone).offsetNanoseconds / 1e6);
    }
  }
  return offsets;
}

/**
 * Parse and sweep every calendar once; `padBefore`/`padAfter` widen busy intervals as online buffers
 * do. Returns the total free milliseconds, so that no work can be optimised away.
 */
export function parseAndSweep(calendars: CalendarAvailabilityInput[], offsets: Map<string, number>, online: boolean): number {
  let freeMs = 0;
  for (const calendar of calendars) {
    const padBefore = online ? calendar.guardrails.bufferAfterMinutes * 60_000 : 0;
    const padAfter = online ? calendar.guardrails.bufferBeforeMinutes * 60_000 : 0;
    const count = calendar.busy.length;
    const starts = new Float64Array(count);
    const ends = new Float64Array(count);
    const order = new Uint32Array(count);
    for (let i = 0; i < count; i++) {
      starts[i] = parseFixedInstant(calendar.busy[i]!.start) - padBefore;
      ends[i] = parseFixedInstant(calendar.busy[i]!.end) + padAfter;
      order[i] = i;
    }
    order.sort((a, b) => starts[a]! - starts[b]!);
    let next = 0;
    for (const shift of calendar.shifts) {
      const midnight = parseDate(shift.date) * DAY_MS - offsets.get(`${calendar.timeZone} ${shift.date}`)!;
      const shiftEnd = midnight + parseMinutes(shift.end) * 60_000;
      let cursor = midnight + parseMinutes(shift.start) * 60_000;
      let pause = 0;
      while (next < count && ends[order[next]!]! <= cursor) next++;
      for (let i = next; cursor < shiftEnd; ) {
        // The next obstacle: the earlier of the next break and the next busy interval.
        const breakStart = pause < shift.breaks.length ? midnight + parseMinutes(shift.breaks[pause]!.start) * 60_000 : Infinity;
        const busyStart = i < count ? starts[order[i]!]! : Infinity;
        const obstacle = Math.min(breakStart, busyStart, shiftEnd);
        if (obstacle > cursor) freeMs += obstacle - cursor;
        if (obstacle === shiftEnd) break;
        if (breakStart <= busyStart) cursor = Math.max(cursor, midnight + parseMinutes(shift.breaks[pause++]!.end) * 60_000);
        else cursor = Math.max(cursor, ends[order[i++]!]!);
      }
    }
  }
  return freeMs;
}
