import { Temporal } from 'temporal-polyfill';
import { addDays } from '../shifts/localDates';

/** A shift as utilization reads it: local wall-clock times on its local date. */
export interface ShiftFacts {
  calendarId: string;
  date: string;
  start: string;
  end: string;
  breaks: readonly { start: string; end: string }[];
}

/** A time block as utilization reads it: instants. */
export interface BlockFacts {
  start: string;
  end: string;
}

/**
 * A shift's available minutes (R1's denominator): its working time less its breaks and less the
 * time blocks overlapping what is left. Wall-clock times become instants in the location's zone, so a
 * shift across a DST change counts the hours that really pass.
 */
export function availableMinutes(shift: ShiftFacts, blocks: readonly BlockFacts[], timeZone: string): number {
  let free: [number, number][] = [[wallClockMs(shift.date, shift.start, timeZone), wallClockMs(shift.date, shift.end, timeZone)]];
  for (const pause of shift.breaks) free = subtract(free, [wallClockMs(shift.date, pause.start, timeZone), wallClockMs(shift.date, pause.end, timeZone)]);
  for (const block of blocks) free = subtract(free, [Date.parse(block.start), Date.parse(block.end)]);
  return Math.round(free.reduce((sum, [start, end]) => sum + (end - start), 0) / 60_000);
}

function wallClockMs(date: string, time: string, timeZone: string): number {
  // '24:00' ends a shift at the next midnight.
  const [day, clock] = time === '24:00' ? [addDays(date, 1), '00:00'] : [date, time];
  return Temporal.PlainDate.from(day).toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(clock) }).epochMilliseconds;
}

function subtract(intervals: [number, number][], [cutStart, cutEnd]: [number, number]): [number, number][] {
  return intervals.flatMap(([start, end]): [number, number][] => {
    if (cutEnd <= start || cutStart >= end) return [[start, end]];
    const pieces: [number, number][] = [];
    if (cutStart > start) pieces.push([start, cutStart]);
    if (cutEnd < end) pieces.push([cutEnd, end]);
    return pieces;
  });
}
