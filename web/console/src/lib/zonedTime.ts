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

/** The browser's zone, for screens that show an instant without a location (staff sit in the clinic). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
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

/*
 * One time format everywhere: the clinic's locale (from its first location's country) decides a
 * 12- or 24-hour clock; every time on screen goes through displayTime, so grid, panels, shifts and
 * lists agree. AM/PM are written by hand, as Intl's narrow spaces differ between engines.
 */
let displayLocale = 'en-US';
let twelveHour = true;

export function setDisplayLocale(locale: string): void {
  try {
    const hourCycle = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hourCycle;
    displayLocale = locale;
    twelveHour = hourCycle === 'h12' || hourCycle === 'h11';
  } catch {
    // An unknown locale keeps the current format.
  }
}

/** The clinic's locale from a location's country (`CA` -> `en-CA`); English until the console has languages. */
export function localeOfCountry(country: string | undefined): string {
  return country && /^[A-Z]{2}$/.test(country) ? `en-${country}` : 'en-US';
}

/** `9:30 AM` (or `09:30` where the clinic's locale counts 24 hours), for people. */
export function displayTime(minutes: number): string {
  const hours = Math.floor(minutes / 60) % 24;
  const mm = String(minutes % 60).padStart(2, '0');
  if (!twelveHour) return `${String(hours).padStart(2, '0')}:${mm}`;
  return `${hours % 12 || 12}:${mm} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** A wall-clock `HH:MM` (shifts, breaks) in the same format. */
export function displayLocalTime(value: string): string {
  return displayTime(parseLocalTime(value));
}

export function displayInstant(instant: string, timeZone: string): string {
  const clock = wallClock(Date.parse(instant), timeZone);
  return `${shortDate(clock.date)}, ${displayTime(clock.minutes)}`;
}

function formatDate(date: string, options: Intl.DateTimeFormatOptions): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(displayLocale, { timeZone: 'UTC', ...options }).format(new Date(Date.UTC(year, month - 1, day)));
}

export function displayDate(date: string): string {
  return formatDate(date, { weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
}

/** `Mon, Dec 7`, for lists and the week view. */
export function shortDate(date: string): string {
  return formatDate(date, { weekday: 'short', month: 'short', day: 'numeric' });
}
