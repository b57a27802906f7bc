/**
 * Find time beyond the day shown: the search spans (this day, one, two or four weeks; the API takes
 * at most 62 days at once) and its bookable starts grouped by local day, earliest first, so front
 * desk can offer "Tuesday 9:00 or Thursday 14:30" and jump to that day.
 */
import { addDays, wallClock, zonedInstant } from '../lib/zonedTime';

export const FIND_SPANS = [
  { days: 1, label: 'This day' },
  { days: 7, label: 'Next 7 days' },
  { days: 14, label: 'Next 2 weeks' },
  { days: 28, label: 'Next 4 weeks' },
] as const;

/** The instants to search: from the start of `date` (or now, if later) to the end of the span. */
export function findSpan(date: string, days: number, timeZone: string, now = Date.now()): { from: string; to: string } {
  const dayStart = zonedInstant(date, 0, timeZone);
  const from = Date.parse(dayStart) < now ? new Date(Math.ceil(now / 60_000) * 60_000).toISOString() : dayStart;
  return { from, to: zonedInstant(addDays(date, days), 0, timeZone) };
}

export interface DayStarts {
  date: string;
  starts: { calendarId: string; minutes: number; start: string }[];
}

/** Starts per local day, each day's in time order; at most `perDay` per day (the first ones). */
export function startsByDay(calendars: readonly { calendarId: string; starts: readonly string[] }[], timeZone: string, perDay = 8): DayStarts[] {
  const days = new Map<string, DayStarts['starts']>();
  for (const calendar of calendars) {
    for (const start of calendar.starts) {
      const clock = wallClock(Date.parse(start), timeZone);
      const list = days.get(clock.date) ?? [];
      list.push({ calendarId: calendar.calendarId, minutes: clock.minutes, start });
      days.set(clock.date, list);
    }
  }
  return [...days.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, starts]) => ({ date, starts: starts.sort((a, b) => a.minutes - b.minutes || a.calendarId.localeCompare(b.calendarId)).slice(0, perDay) }));
}
