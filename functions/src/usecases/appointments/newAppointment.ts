/** The record of a new appointment: what booking, move, copy, repeat and online reschedule all start from. */
import type { BookingMode, Session } from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';
import type { Runtime } from '../../runtime';
import type { BookingTarget } from './bookingChecks';

/** A new appointment of `target` at `start` (the session's length), booked now by the caller. */
export function newAppointment(
  repos: ClinicRepositories,
  runtime: Runtime,
  target: BookingTarget,
  start: string,
  mode: BookingMode,
  fields: Partial<StoredAppointment> = {},
): StoredAppointment {
  const now = runtime.clock.now().toISOString();
  const startIso = new Date(start).toISOString();
  return {
    clinicId: target.caseFile.clinicId,
    appointmentId: runtime.newId(),
    caseId: target.caseFile.caseId,
    clientId: target.caseFile.clientId,
    sessionId: target.session.sessionId,
    calendarId: target.calendar.calendarId,
    resourceCalendarIds: target.resources.map((resource) => resource.calendarId),
    start: startIso,
    end: new Date(Date.parse(startIso) + target.session.durationMinutes * 60_000).toISOString(),
    status: 'booked',
    statusChangedAt: now,
    mode,
    ...fields,
    createdAt: now,
    updatedAt: now,
    createdBy: repos.actor,
    updatedBy: repos.actor,
    version: 1,
  };
}

export function sessionInput(session: Session) {
  return { sessionId: session.sessionId, disciplineId: session.disciplineId, durationMinutes: session.durationMinutes, onlineBookable: session.onlineBookable };
}
