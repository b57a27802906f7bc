import { type BookingMode, type Calendar, ConflictError, type CreateAppointment, explainStart, localDaysTouched } from '@casefile/core';
import { type BusyTime, type CalendarDayKey, type ClinicRepositories, slotTaken, type StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { GUARDED_ATTEMPTS, pauseBeforeRetry } from './guardRetry';
import { loadCalendarInputs } from '../availability/calendarInputs';
import type { BookingTarget } from './bookingChecks';
import { newAppointment, sessionInput } from './newAppointment';

export interface Booked {
  appointment: StoredAppointment;
  /** Staff bookings may overlap on purpose (A1); these are the appointments they overlap. */
  conflicts: (BusyTime & { calendarId: string })[];
}

/** The calendar days an appointment on these calendars touches, each in its own location's zone. */
export async function touchedDays(repos: ClinicRepositories, calendars: readonly Calendar[], start: string, end: string): Promise<CalendarDayKey[]> {
  const locations = await repos.locations.list({ limit: 100 });
  const zoneOf = new Map(locations.items.map((location) => [location.locationId, location.timeZone]));
  return calendars.flatMap((calendar) =>
    localDaysTouched(start, end, zoneOf.get(calendar.locationId) ?? 'UTC').map((date) => ({ calendarId: calendar.calendarId, date })),
  );
}

/**
 * Books one appointment (A1, A8). Staff mode writes with an unconditional bump of every touched
 * calendar day and reports what it overlaps. No-overlap and online modes read the days' guard versions, then
 * availability, decides with the engine, and writes only if no day changed since; a lost race
 * re-reads and decides again, a few times, then answers 409.
 */
export async function bookAppointment(
  repos: ClinicRepositories,
  runtime: Runtime,
  target: BookingTarget,
  request: Omit<CreateAppointment, 'mode'> & { mode: BookingMode },
  extra: Partial<StoredAppointment> = {},
): Promise<Booked> {
  const appointment = newAppointment(repos, runtime, target, request.start, request.mode, {
    ...(request.notify !== undefined && request.notify !== null ? { notify: request.notify } : {}),
    ...(request.notes ? { notes: request.notes } : {}),
    ...extra,
  });
  const { start, end, statusChangedAt: now } = appointment;
  const calendars = [target.calendar, ...target.resources];
  const days = await touchedDays(repos, calendars, start, end);
  const change = { next: appointment };

  if (request.mode === 'staff') {
    const conflicts = (
      await Promise.all(calendars.map(async (calendar) => (await repos.appointments.busyBetween(calendar.calendarId, start, end)).map((busy) => ({ ...busy, calendarId: calendar.calendarId }))))
    ).flat();
    if (!(await repos.appointments.write([change], days))) throw new ConflictError('The appointment could not be saved; try again.', 'transaction_conflict');
    return { appointment, conflicts };
  }

  const session = sessionInput(target.session);
  for (let attempt = 0; attempt < GUARDED_ATTEMPTS; attempt++) {
    await pauseBeforeRetry(attempt);
    // Versions first: a write after this read changes them, so the decision below cannot go stale unnoticed.
    const versions = await repos.appointments.readGuardVersions(days);
    const inputs = await loadCalendarInputs(repos, calendars, { from: start, to: start, durationMinutes: target.session.durationMinutes });
    // Online bookings also keep the calendar's guardrails (lead time, buffers, horizon, online flags).
    const online = request.mode === 'online';
    const refused = inputs
      .map((input) => explainStart(input, { session, now, mode: online ? 'online' : 'staff' }, start))
      .filter((explanation) => (online ? !explanation.bookable : !explanation.bookableByStaff));
    if (refused.length > 0) {
      throw slotTaken(
        refused.flatMap((explanation) => explanation.reasons.filter((reason) => online || reason.scope === 'all').map((reason) => ({ calendarId: explanation.calendarId, ...reason }))),
      );
    }
    if (await repos.appointments.write([change], days, versions)) return { appointment, conflicts: [] };
  }
  throw new ConflictError('That time is being booked by others right now; try again.', 'booking_contention');
}
