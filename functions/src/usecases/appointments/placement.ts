/**
 * Shared steps of move, copy and repeat (SPEC A4): where an existing appointment goes, what the engine
 * says about a start on its calendars, and the guarded write of new appointments together with
 * changes to existing ones.
 */
import { type Calendar, ConflictError, type Explanation, explainStart, type Session } from '@casefile/core';
import { type AppointmentChange, type BusyTime, type CalendarDayKey, type ClinicRepositories, dayKey, slotTaken, type StoredAppointment } from '@casefile/db';
import type { CallerIdentity } from '../../http/staffIdentity';
import type { Runtime } from '../../runtime';
import { GUARDED_ATTEMPTS, pauseBeforeRetry } from './guardRetry';
import { loadCalendarInputs } from '../availability/calendarInputs';
import { touchedDays } from './bookAppointment';
import { type BookingTarget, resolveBookingTarget } from './bookingChecks';
import { sessionInput } from './newAppointment';

export type StaffMode = 'staff' | 'no_overlap';

/** The mode a follow-up of `appointment` is booked in when the request names none ('online' moves as 'no_overlap'). */
export function followUpMode(appointment: StoredAppointment, requested: StaffMode | undefined): StaffMode {
  return requested ?? (appointment.mode === 'staff' ? 'staff' : 'no_overlap');
}

/** The case, session and calendars a move or copy of `appointment` books into, checked like a booking. */
export function placementTarget(
  repos: ClinicRepositories,
  caller: CallerIdentity,
  appointment: StoredAppointment,
  placement: { calendarId?: string | undefined; resourceCalendarIds?: string[] | undefined },
): Promise<BookingTarget> {
  return resolveBookingTarget(repos, caller, {
    caseId: appointment.caseId,
    sessionId: appointment.sessionId,
    calendarId: placement.calendarId ?? appointment.calendarId,
    resourceCalendarIds: placement.resourceCalendarIds ?? appointment.resourceCalendarIds,
  });
}

/** The engine's staff-mode explanation of `start` on each calendar, not counting the `ignored` appointments as busy. */
export async function explainOn(
  repos: ClinicRepositories,
  runtime: Runtime,
  calendars: readonly Calendar[],
  session: Session,
  start: string,
  ignored: readonly string[] = [],
): Promise<Explanation[]> {
  const inputs = await loadCalendarInputs(repos, calendars, { from: start, to: start, durationMinutes: session.durationMinutes });
  const now = runtime.clock.now().toISOString();
  return inputs.map((input) =>
    explainStart({ ...input, busy: input.busy.filter((busy) => !ignored.includes(busy.appointmentId)) }, { session: sessionInput(session), now, mode: 'staff' }, start),
  );
}

export type Conflict = BusyTime & { calendarId: string };

/** The active appointments (other than `ignored`) that `appointment` overlaps on its calendars. */
export async function overlapsOf(repos: ClinicRepositories, appointment: StoredAppointment, ignored: readonly string[] = []): Promise<Conflict[]> {
  const calendarIds = [appointment.calendarId, ...appointment.resourceCalendarIds];
  const found = await Promise.all(
    calendarIds.map(async (calendarId) =>
      (await repos.appointments.busyBetween(calendarId, appointment.start, appointment.end))
        .filter((busy) => busy.appointmentId !== appointment.appointmentId && !ignored.includes(busy.appointmentId))
        .map((busy) => ({ ...busy, calendarId })),
    ),
  );
  return found.flat();
}

/** The calendar days an appointment touches on its calendars. */
export async function daysOf(repos: ClinicRepositories, appointment: StoredAppointment): Promise<CalendarDayKey[]> {
  const calendars = await repos.calendars.getMany([appointment.calendarId, ...appointment.resourceCalendarIds]);
  return touchedDays(repos, calendars, appointment.start, appointment.end);
}

export interface GuardedWrite {
  /** The new appointments, each checked with the engine in no-overlap mode. */
  created: readonly StoredAppointment[];
  /** Changes to existing appointments written in the same transaction (a move's Rebooked original). */
  changed: readonly AppointmentChange[];
  /** Every calendar day the write touches. */
  days: readonly CalendarDayKey[];
  calendars: readonly Calendar[];
  session: Session;
  mode: StaffMode;
  /** Appointments not counted as busy (the one being moved). */
  ignored?: readonly string[];
}

/**
 * Writes new appointments and changes in one transaction behind the double-booking guard, like a
 * booking (A1, A8): staff mode writes unconditionally and reports what the new ones overlap; no-overlap
 * mode reads the days' guard versions, then decides every new start with the engine and writes only
 * if no day changed since, a few times, then answers 409.
 */
export async function writeGuarded(repos: ClinicRepositories, runtime: Runtime, write: GuardedWrite): Promise<Conflict[]> {
  const changes = [...write.created.map((next) => ({ next })), ...write.changed];
  // One key once: a batch read of the guard versions refuses duplicates.
  const days = [...new Map(write.days.map((day) => [dayKey(day), day])).values()];
  const ignored = write.ignored ?? [];
  if (write.mode === 'staff') {
    const conflicts = (await Promise.all(write.created.map((appointment) => overlapsOf(repos, appointment, ignored)))).flat();
    if (!(await repos.appointments.write(changes, days))) throw new ConflictError('The appointments could not be saved; try again.', 'transaction_conflict');
    return conflicts;
  }
  for (let attempt = 0; attempt < GUARDED_ATTEMPTS; attempt++) {
    await pauseBeforeRetry(attempt);
    const versions = await repos.appointments.readGuardVersions(days);
    const explained = await Promise.all(
      write.created.map(async (appointment) => ({
        appointment,
        refused: (await explainOn(repos, runtime, write.calendars, write.session, appointment.start, ignored)).filter((explanation) => !explanation.bookableByStaff),
      })),
    );
    const refused = explained.filter((one) => one.refused.length > 0);
    if (refused.length > 0) {
      throw slotTaken(
        refused.flatMap(({ appointment, refused: explanations }) =>
          explanations.flatMap((explanation) =>
            explanation.reasons.filter((reason) => reason.scope === 'all').map((reason) => ({ calendarId: explanation.calendarId, start: appointment.start, ...reason })),
          ),
        ),
      );
    }
    if (await repos.appointments.write(changes, days, versions)) return [];
    // A changed original will never match again: report it instead of retrying.
    const originals = await repos.appointments.getMany(write.changed.flatMap((change) => (change.previous ? [change.previous.appointmentId] : [])));
    if (originals.some((original) => write.changed.some((change) => change.previous?.appointmentId === original.appointmentId && change.previous.version !== original.version))) {
      throw new ConflictError('The appointment was changed by someone else at the same time; reload and try again.', 'concurrent_change');
    }
  }
  throw new ConflictError('That time is being booked by others right now; try again.', 'booking_contention');
}
