/**
 * The engine bench's input: 40 calendars x 28 days (09:00-17:00 with a lunch break, America/Toronto,
 * over the March DST change) with `busyCount` busy intervals spread over them, deterministically.
 */
import { Temporal } from 'temporal-polyfill';
import type { AvailabilityRequest, BusyInput, CalendarAvailabilityInput } from '../../packages/core/src/availability';

const ZONE = 'America/Toronto';
export const CALENDARS = 40;
export const DAYS = 28;
const FIRST_DAY = Temporal.PlainDate.from('2026-03-02');

/** Deterministic pseudo-random numbers, so every run measures the same calendars. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

export function buildCalendars(busyCount: number): CalendarAvailabilityInput[] {
  const next = random(busyCount);
  const days = Array.from({ length: DAYS }, (_, i) => FIRST_DAY.add({ days: i }));
  const calendars = Array.from({ length: CALENDARS }, (_, c): CalendarAvailabilityInput => ({
    calendarId: `cal-${c}`,
    timeZone: ZONE,
    disciplineIds: ['physio'],
    onlineBooking: true,
    guardrails: { leadTimeMinutes: 120, bufferBeforeMinutes: 10, bufferAfterMinutes: 10, horizonDays: 60, selfCancelWindowHours: 24 },
    shifts: days.map((day) => ({ shiftId: `shift-${c}-${day}`, date: day.toString(), start: '09:00', end: '17:00', breaks: [{ start: '12:00', end: '13:00' }] })),
    blocks: [],
    busy: [] as BusyInput[],
  }));
  for (let i = 0; i < busyCount; i++) {
    const day = days[Math.floor(next() * DAYS)]!;
    const start = day.toPlainDateTime({ hour: 9 + Math.floor(next() * 8), minute: 15 * Math.floor(next() * 4) }).toZonedDateTime(ZONE);
    const end = start.add({ minutes: [30, 45, 60][Math.floor(next() * 3)]! });
    calendars[i % CALENDARS]!.busy.push({ appointmentId: `appt-${i}`, start: start.toInstant().toString(), end: end.toInstant().toString() });
  }
  // As the API has them, read from JSON: Temporal's strings are built by concatenation, and reading
  // characters of such a string costs several times more than of a flat one, engine and floor alike.
  return JSON.parse(JSON.stringify(calendars)) as CalendarAvailabilityInput[];
}

export function requestFor(mode: AvailabilityRequest['mode']): AvailabilityRequest {
  const from = FIRST_DAY.toZonedDateTime(ZONE);
  return {
    session: { sessionId: 'ses', disciplineId: 'physio', durationMinutes: 45, onlineBookable: true },
    from: from.toInstant().toString(),
    to: from.add({ days: DAYS }).toInstant().toString(),
    now: from.subtract({ days: 1 }).toInstant().toString(),
    mode,
    slotMinutes: 15,
    limit: 50,
  };
}
