/**
 * Dates and times as people read them, always in the location's zone: the API labels each start with
 * its local date and time there, and instants are formatted with that zone, never the browser's.
 */
const dateParts = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date (YYYY-MM-DD) in a zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return dateParts(timeZone).format(now);
}

/** A calendar date plus whole days; dates carry no zone, so UTC arithmetic is exact. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

function utcDate(date: string, time = '00:00'): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' });
const monthDay = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });
const fullDate = new Intl.DateTimeFormat(undefined, { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' });
const clock = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });

export const weekdayLabel = (date: string) => weekday.format(utcDate(date));
export const monthDayLabel = (date: string) => monthDay.format(utcDate(date));
export const fullDateLabel = (date: string) => fullDate.format(utcDate(date));
/** `HH:MM` (already local) in the reader's clock style. */
export const timeLabel = (localTime: string) => clock.format(utcDate('2000-01-01', localTime));

/** `YYYY-MM-DDTHH:MM` local to a zone, as a sentence: "Tuesday, December 1 at 10:30 AM". */
export function localStartLabel(localStart: string): string {
  const [date = '', time = '00:00'] = localStart.split('T');
  return `${fullDateLabel(date)} at ${timeLabel(time.slice(0, 5))}`;
}

/** An instant in a zone: "Monday, November 30, 10:30 AM". */
export function instantLabel(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { timeZone, weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}

/** "Toronto time": the city of the zone id. */
export function zoneCity(timeZone: string): string {
  return `${(timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ')} time`;
}

/** "Toronto time (Eastern Standard Time)": the city of the zone id and the zone's name at that date. */
export function zoneLabel(timeZone: string, at: Date = new Date()): string {
  const city = zoneCity(timeZone);
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'long' }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value;
  return name ? `${city} (${name})` : city;
}
