/**
 * Wall-clock times in a location's zone with Intl only (no time-zone library in the bundle): the
 * grid places instants by their local minutes, and a click turns a local date and minute back into
 * an instant.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

interface WallClock {
  date: string;
  /** Minutes since local midnight. */
  minutes: number;
  seconds: number;
}

export function wallClock(epochMs: number, timeZone: string): WallClock {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter(timeZone).formatToParts(new Date(epochMs))) parts[part.type] = part.value;
  const hour = Number(parts.hour) % 24;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, minutes: hour * 60 + Number(parts.minute), seconds: Number(parts.second) };
}

function offsetMs(epochMs: number, timeZone: string): number {
  const clock = wallClock(epochMs, timeZone);
  const [year, month, day] = clock.date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, 0, clock.minutes, clock.seconds);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

/** The instant of a local date and minute in the zone (ISO, UTC). A time skipped by a DST jump moves forward. */
export function zonedInstant(date: string, minutes: number, timeZone: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(year, month - 1, day, 0, minutes);
  let guess = wall - offsetMs(wall, timeZone);
  guess = wall - offsetMs(guess, timeZone);
  return new Date(guess).toISOString();
}

/** Minutes since the local midnight of `date`: negative before that day, over 1440 after it. */
export function minutesOnDate(instant: string, date: string, timeZone: string): number {
  const clock = wallClock(Date.parse(instant), timeZone);
  if (clock.date === date) return clock.minutes;
  return clock.date < date ? -1 : 24 * 60 + 1;
}

export function todayIn(timeZone: string): string {
  return wallClock(Date.now(), timeZone).date;
}

export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}

/** `HH:MM` (24 h) to minutes, and back. */
export function parseLocalTime(value: string): number {
  const [hours, minutes] = value.split(':').map(Number) as [number, number];
  return hours * 60 + (minutes || 0);
}

export function formatLocalTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** `9:30 AM`, for people. */
export function displayTime(minutes: number): string {
  const hours = Math.floor(minutes / 60) % 24;
  return `${hours % 12 || 12}:${String(minutes % 60).padStart(2, '0')} ${hours < 12 ? 'AM' : 'PM'}`;
}

export function displayInstant(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}

export function displayDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, day)));
}
