/** The seven dates, Monday first, of the week holding a date (dates as YYYY-MM-DD, no zone needed). */
import { addDays } from '../lib/zonedTime';

export function weekDates(date: string): string[] {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const weekday = (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;
  const monday = addDays(date, -weekday);
  return Array.from({ length: 7 }, (_, index) => addDays(monday, index));
}
