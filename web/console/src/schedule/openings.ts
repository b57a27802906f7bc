/** Find-time results as bands on the grid: each bookable start plus the session's length, merged per calendar. */
import { minutesOnDate } from '../lib/zonedTime';
import type { Opening } from './DayGrid';

export function openingsFrom(calendars: readonly { calendarId: string; starts: readonly string[] }[], durationMinutes: number, date: string, timeZone: string): Opening[] {
  const result: Opening[] = [];
  for (const calendar of calendars) {
    const starts = calendar.starts
      .map((start) => minutesOnDate(start, date, timeZone))
      .filter((minutes) => minutes >= 0 && minutes < 24 * 60)
      .sort((a, b) => a - b);
    let current: Opening | undefined;
    for (const start of starts) {
      const end = start + durationMinutes;
      if (current && start <= current.end) {
        current.end = Math.max(current.end, end);
      } else {
        current = { calendarId: calendar.calendarId, start, end };
        result.push(current);
      }
    }
  }
  return result;
}
