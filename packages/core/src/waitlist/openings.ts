/**
 * When time opens on a calendar (SPEC A9): a visit canceled, missed (no-show), moved or shortened, a
 * shift added or lengthened, a block removed or shortened. Each change is read from the stored item's
 * old and new image; what it frees is the old time minus the new. What a change takes (a visit booked
 * into freed time) withdraws the offers of openings it overlaps.
 */
import { Temporal } from 'temporal-polyfill';
import { type AppointmentStatus, isActiveStatus } from '../appointments/lifecycle';
import { mergeIntervals, type MsInterval, subtractIntervals } from '../availability/intervals';
import { deterministicUlid } from '../billing/deterministicId';
import type { OpeningSpan } from './matching';

export interface AppointmentSpan {
  calendarId: string;
  start: string;
  end: string;
  status: AppointmentStatus;
}

export interface ShiftSpan {
  calendarId: string;
  date: string;
  start: string;
  end: string;
  breaks: readonly { start: string; end: string }[];
}

export interface BlockSpan {
  calendarId: string;
  start: string;
  end: string;
}

const held = (span: AppointmentSpan | undefined): AppointmentSpan | undefined => (span && isActiveStatus(span.status) ? span : undefined);

const toMs = (span: { start: string; end: string }): MsInterval => ({ start: Date.parse(span.start), end: Date.parse(span.end) });

function toOpenings(calendarId: string, intervals: readonly MsInterval[]): OpeningSpan[] {
  return intervals.filter((interval) => interval.end > interval.start).map((interval) => ({ calendarId, start: new Date(interval.start).toISOString(), end: new Date(interval.end).toISOString() }));
}

/** Time a change of one appointment frees on its calendar. */
export function freedByAppointment(before: AppointmentSpan | undefined, after: AppointmentSpan | undefined): OpeningSpan[] {
  const was = held(before);
  if (!was) return [];
  const now = held(after);
  const stillHeld = now && now.calendarId === was.calendarId ? [toMs(now)] : [];
  return toOpenings(was.calendarId, subtractIntervals([toMs(was)], stillHeld));
}

/** Time a change of one appointment takes on its calendar (booked, moved in, a no-show rolled back). */
export function takenByAppointment(before: AppointmentSpan | undefined, after: AppointmentSpan | undefined): OpeningSpan[] {
  return freedByAppointment(after, before);
}

/** A shift's working intervals as instants, in its location's zone. */
export function shiftIntervals(shift: ShiftSpan, timeZone: string): MsInterval[] {
  const date = Temporal.PlainDate.from(shift.date);
  const at = (time: string) =>
    time === '24:00'
      ? date.add({ days: 1 }).toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from('00:00') }).epochMilliseconds
      : date.toZonedDateTime({ timeZone, plainTime: Temporal.PlainTime.from(time) }).epochMilliseconds;
  const working: MsInterval = { start: at(shift.start), end: at(shift.end) };
  return subtractIntervals([working], mergeIntervals(shift.breaks.map((pause) => ({ start: at(pause.start), end: at(pause.end) }))));
}

/** Working time a shift change adds (a new shift, a longer one, a break removed). */
export function freedByShift(before: ShiftSpan | undefined, after: ShiftSpan | undefined, timeZone: string): OpeningSpan[] {
  if (!after) return [];
  return toOpenings(after.calendarId, subtractIntervals(shiftIntervals(after, timeZone), before ? shiftIntervals(before, timeZone) : []));
}

/** Time a block change gives back (removed, shortened or moved away). */
export function freedByBlock(before: BlockSpan | undefined, after: BlockSpan | undefined): OpeningSpan[] {
  if (!before) return [];
  const stillBlocked = after && after.calendarId === before.calendarId ? [toMs(after)] : [];
  return toOpenings(before.calendarId, subtractIntervals([toMs(before)], stillBlocked));
}

/**
 * An opening's stable identity: the calendar and span, and the change that made it (item and
 * version), so a redelivered stream record finds the same opening and a later, separate opening of
 * the same time is a new one.
 */
export function openingId(opening: OpeningSpan, source: { itemId: string; version: number }): string {
  return deterministicUlid(source.itemId, opening.calendarId, opening.start, opening.end, source.itemId, String(source.version));
}

/** One offer of one opening to one entry: the claim that makes "never offered twice" hold. */
export function offerId(opening: string, entryId: string): string {
  return deterministicUlid(opening, opening, entryId);
}
