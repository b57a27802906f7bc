// Builders and Temporal helpers shared by the availability tests. Expected instants are computed
// here with Temporal, never written out as UTC strings worked out by hand.
import { Temporal } from 'temporal-polyfill';
import type { AvailabilityRequest, CalendarAvailabilityInput, SessionInput, WallClockShift } from '../../src/availability';

export const NO_GUARDRAILS = { leadTimeMinutes: 0, bufferBeforeMinutes: 0, bufferAfterMinutes: 0, horizonDays: 730, selfCancelWindowHours: 0 };

export function calendar(overrides: Partial<CalendarAvailabilityInput> = {}): CalendarAvailabilityInput {
  return {
    calendarId: 'cal-1',
    timeZone: 'America/Toronto',
    disciplineIds: ['physio'],
    onlineBooking: true,
    guardrails: NO_GUARDRAILS,
    shifts: [],
    blocks: [],
    busy: [],
    ...overrides,
  };
}

export function session(overrides: Partial<SessionInput> = {}): SessionInput {
  return { sessionId: 'ses-1', disciplineId: 'physio', durationMinutes: 60, onlineBookable: true, ...overrides };
}

export function request(overrides: Partial<AvailabilityRequest> = {}): AvailabilityRequest {
  return {
    session: session(),
    from: '2026-01-01T00:00:00Z',
    to: '2027-01-01T00:00:00Z',
    now: '2025-12-01T00:00:00Z',
    mode: 'staff',
    limit: 10_000,
    ...overrides,
  };
}

export function shift(date: string, start: string, end: string, breaks: { start: string; end: string }[] = [], shiftId = `shift-${date}-${start}`): WallClockShift {
  return { shiftId, date, start, end, breaks };
}

/** The instant of a local wall-clock time, as the engine documents it ('compatible'; '24:00' = next midnight). */
export function localInstant(zone: string, date: string, time: string): string {
  const day = Temporal.PlainDate.from(date);
  const dateTime = time === '24:00' ? day.add({ days: 1 }).toPlainDateTime() : day.toPlainDateTime(Temporal.PlainTime.from(time));
  return new Date(dateTime.toZonedDateTime(zone, { disambiguation: 'compatible' }).epochMilliseconds).toISOString();
}

export function localMs(zone: string, date: string, time: string): number {
  return Date.parse(localInstant(zone, date, time));
}

export function iso(ms: number): string {
  return new Date(ms).toISOString();
}

export function zoned(instant: string | number, zone: string): Temporal.ZonedDateTime {
  return Temporal.Instant.fromEpochMilliseconds(typeof instant === 'number' ? instant : Date.parse(instant)).toZonedDateTimeISO(zone);
}

/** `HH:MM` local time of an instant. */
export function localTime(instant: string | number, zone: string): string {
  return zoned(instant, zone).toPlainTime().toString({ smallestUnit: 'minute' });
}

export function dates(first: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => Temporal.PlainDate.from(first).add({ days: i }).toString());
}
