// An independent, brute-force reading of the engine's documented semantics, for the property tests:
// every rule checked directly for one instant, with Temporal and no interval algebra.
import { Temporal } from 'temporal-polyfill';
import type { AvailabilityMode, AvailabilityRequest, CalendarAvailabilityInput } from '../../src/availability';

interface Span {
  start: number;
  end: number;
}

const MINUTE = 60_000;

function wallClockMs(zone: string, date: string, time: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const plain = hour === 24 ? Temporal.PlainDate.from({ year, month, day }).add({ days: 1 }).toPlainDateTime() : Temporal.PlainDateTime.from({ year, month, day, hour, minute });
  return Temporal.ZonedDateTime.from({ timeZone: zone, year: plain.year, month: plain.month, day: plain.day, hour: plain.hour, minute: plain.minute }, { disambiguation: 'compatible' }).epochMilliseconds;
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
const contains = (a: Span, ms: number) => a.start <= ms && ms < a.end;

export interface Oracle {
  /** May a session of the request start at `ms`, in `mode`? */
  isBookable(ms: number, mode: AvailabilityMode): boolean;
  /** Is the calendar free at the instant `ms` for the request (in its window, for its mode)? */
  isFreeAt(ms: number): boolean;
  /** Is `ms` on the local wall clock's slot grid? */
  isAligned(ms: number, slotMinutes: number): boolean;
}

export function oracleFor(calendar: CalendarAvailabilityInput, request: AvailabilityRequest): Oracle {
  const zone = calendar.timeZone;
  const shifts = calendar.shifts.map((shift) => ({
    start: wallClockMs(zone, shift.date, shift.start),
    end: wallClockMs(zone, shift.date, shift.end),
    breaks: shift.breaks.map((pause) => ({ start: wallClockMs(zone, shift.date, pause.start), end: wallClockMs(zone, shift.date, pause.end) })),
  }));
  const blocks = calendar.blocks.map((block) => ({ start: Date.parse(block.start), end: Date.parse(block.end) }));
  const busy = calendar.busy.map((appointment) => ({ start: Date.parse(appointment.start), end: Date.parse(appointment.end) }));
  const { leadTimeMinutes, bufferBeforeMinutes, bufferAfterMinutes, horizonDays } = calendar.guardrails;
  const now = Date.parse(request.now);
  const horizon = Temporal.Instant.fromEpochMilliseconds(now).toZonedDateTimeISO(zone).add({ days: horizonDays }).epochMilliseconds;
  const duration = request.session.durationMinutes * MINUTE;
  const disciplineOk = calendar.disciplineIds.includes(request.session.disciplineId);
  const onlineOk = calendar.onlineBooking && request.session.onlineBookable;

  function isBookable(ms: number, mode: AvailabilityMode): boolean {
    const session = { start: ms, end: ms + duration };
    if (!disciplineOk || ms < now) return false;
    if (!shifts.some((shift) => shift.start <= session.start && session.end <= shift.end && !shift.breaks.some((pause) => overlaps(pause, session)))) return false;
    if (blocks.some((block) => overlaps(block, session)) || busy.some((appointment) => overlaps(appointment, session))) return false;
    if (mode === 'staff') return true;
    const padded = { start: ms - bufferBeforeMinutes * MINUTE, end: ms + duration + bufferAfterMinutes * MINUTE };
    return onlineOk && ms >= now + leadTimeMinutes * MINUTE && ms < horizon && !busy.some((appointment) => overlaps(appointment, padded));
  }

  function isFreeAt(ms: number): boolean {
    const online = request.mode === 'online';
    if (!disciplineOk || (online && !onlineOk)) return false;
    const earliest = Math.max(Date.parse(request.from), now + (online ? leadTimeMinutes * MINUTE : 0));
    const latest = Math.min(Date.parse(request.to), online ? horizon : Infinity);
    if (ms < earliest || ms >= latest) return false;
    if (!shifts.some((shift) => contains(shift, ms) && !shift.breaks.some((pause) => contains(pause, ms)))) return false;
    if (blocks.some((block) => contains(block, ms))) return false;
    const pad = online ? { before: bufferAfterMinutes * MINUTE, after: bufferBeforeMinutes * MINUTE } : { before: 0, after: 0 };
    return !busy.some((appointment) => contains({ start: appointment.start - pad.before, end: appointment.end + pad.after }, ms));
  }

  function isAligned(ms: number, slotMinutes: number): boolean {
    const local = Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone);
    return local.second === 0 && local.millisecond === 0 && (local.hour * 60 + local.minute) % slotMinutes === 0;
  }

  return { isBookable, isFreeAt, isAligned };
}
