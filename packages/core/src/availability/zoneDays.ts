// Local dates of a zone as Temporal sees them, read once per process rather than once per call: a
// find-time query places every shift and break of 28 days, and each Temporal conversion costs ~20 µs.
// On a day without an offset change a local time is the UTC reading of the same digits minus the
// day's offset; days with a change (or that do not begin at 00:00) go to Temporal for every time.
import { Temporal } from 'temporal-polyfill';
import { daysFromCivil } from './instants';

const DAY_MS = 86_400_000;
/** Entries kept per zone before that zone's memo starts over (a long-lived process sees new dates every day). */
const MAX_ENTRIES_PER_ZONE = 20_000;

export interface LocalDay {
  /** Epoch ms of the date's 00:00 read as UTC. */
  utcMidnight: number;
  /** Local minus UTC for the whole day, or NaN when the offset changes within it or 00:00 does not exist. */
  uniformOffset: number;
  /** The instant of the next date's 00:00 ('24:00' of this one), 'compatible' disambiguation. */
  nextMidnight: number;
}

const daysByZone = new Map<string, Map<string, LocalDay>>();
const oddTimesByZone = new Map<string, Map<string, number>>();
const knownZones = new Set<string>();

function memoFor<T>(memos: Map<string, Map<string, T>>, zone: string): Map<string, T> {
  let memo = memos.get(zone);
  if (!memo || memo.size >= MAX_ENTRIES_PER_ZONE) memos.set(zone, (memo = new Map()));
  return memo;
}

function compatibleInstant(dateTime: Temporal.PlainDateTime, zone: string): Temporal.ZonedDateTime {
  return dateTime.toZonedDateTime(zone, { disambiguation: 'compatible' });
}

function readLocalDay(zone: string, date: string): LocalDay {
  const day = Temporal.PlainDate.from(date);
  const midnight = day.toPlainDateTime();
  const start = compatibleInstant(midnight, zone);
  const end = compatibleInstant(day.add({ days: 1 }).toPlainDateTime(), zone);
  const change = start.getTimeZoneTransition('next');
  const uniform = start.toPlainDateTime().equals(midnight) && (change === null || change.epochMilliseconds >= end.epochMilliseconds);
  return {
    utcMidnight: daysFromCivil(day.year, day.month, day.day) * DAY_MS,
    uniformOffset: uniform ? start.offsetNanoseconds / 1e6 : NaN,
    nextMidnight: end.epochMilliseconds,
  };
}

/** What Temporal says of local `date` in `zone`; throws Temporal's RangeError for a zone or date it cannot read. */
export function localDay(zone: string, date: string): LocalDay {
  const memo = memoFor(daysByZone, zone);
  let day = memo.get(date);
  if (!day) memo.set(date, (day = readLocalDay(zone, date)));
  return day;
}

/** Minutes from midnight of an 'HH:MM' time before 24:00, or -1 for any other text. */
function minutesOf(time: string): number {
  if (time.length !== 5 || time.charCodeAt(2) !== 58) return -1;
  const h1 = time.charCodeAt(0) - 48;
  const h2 = time.charCodeAt(1) - 48;
  const m1 = time.charCodeAt(3) - 48;
  const m2 = time.charCodeAt(4) - 48;
  if (h1 < 0 || h1 > 2 || h2 < 0 || h2 > 9 || m1 < 0 || m1 > 5 || m2 < 0 || m2 > 9) return -1;
  const hours = h1 * 10 + h2;
  return hours > 23 ? -1 : hours * 60 + m1 * 10 + m2;
}

function viaTemporal(zone: string, date: string, time: string): number {
  const memo = memoFor(oddTimesByZone, zone);
  const key = `${date} ${time}`;
  let ms = memo.get(key);
  if (ms === undefined) {
    const day = Temporal.PlainDate.from(date);
    const dateTime = time === '24:00' ? day.add({ days: 1 }).toPlainDateTime() : day.toPlainDateTime(Temporal.PlainTime.from(time));
    memo.set(key, (ms = compatibleInstant(dateTime, zone).epochMilliseconds));
  }
  return ms;
}

/**
 * The instant of local `date` at `time` in `zone`, as Temporal's 'compatible' disambiguation places
 * it ('24:00' is the next local midnight). Throws Temporal's RangeError for an unknown zone or a
 * date or time it cannot read.
 */
export function localToEpochMs(zone: string, date: string, time: string): number {
  return timeOnDay(localDay(zone, date), zone, date, time);
}

/** localToEpochMs for a `day` already looked up (that of `zone` and `date`). */
export function timeOnDay(day: LocalDay, zone: string, date: string, time: string): number {
  if (time === '24:00') return day.nextMidnight;
  const minutes = minutesOf(time);
  if (minutes < 0 || day.uniformOffset !== day.uniformOffset) return viaTemporal(zone, date, time);
  return day.utcMidnight + minutes * 60_000 - day.uniformOffset;
}

/** Throws Temporal's RangeError unless it knows `zone` (asked once per zone and process). */
export function checkKnownZone(zone: string): void {
  if (knownZones.has(zone)) return;
  Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(zone);
  knownZones.add(zone);
}
