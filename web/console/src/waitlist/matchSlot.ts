/** The open slot a booking form describes, as the waitlist's matches query asks for it; undefined until it is whole. */
import { parseLocalTime, zonedInstant } from '../lib/zonedTime';

export interface OpenSlot {
  calendarId: string;
  start: string;
  end: string;
}

export function matchSlot(form: { calendarId: string; date: string; time: string; durationMinutes: number | undefined }, timeZone: string): OpenSlot | undefined {
  if (!form.calendarId || !/^\d{4}-\d{2}-\d{2}$/.test(form.date) || !/^\d{2}:\d{2}/.test(form.time) || !form.durationMinutes) return undefined;
  const start = zonedInstant(form.date, parseLocalTime(form.time), timeZone);
  return { calendarId: form.calendarId, start, end: new Date(Date.parse(start) + form.durationMinutes * 60_000).toISOString() };
}
