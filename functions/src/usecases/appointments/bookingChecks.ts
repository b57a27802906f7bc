import { type Calendar, type CaseFile, ConflictError, type Session, ValidationError } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { requireReference } from '../references';
import type { CallerIdentity } from '../../http/staffIdentity';
import { visibleCalendar } from '../calendars/calendarChecks';

export interface BookingTarget {
  caseFile: CaseFile;
  session: Session;
  calendar: Calendar;
  resources: Calendar[];
}

/**
 * What a booking refers to, checked: an open case of this clinic, a session, a calendar the caller
 * may book that accepts the session's discipline (A2), and one room or equipment calendar for each
 * resource kind the session needs, each accepting the discipline too.
 */
export async function resolveBookingTarget(
  repos: ClinicRepositories,
  caller: CallerIdentity,
  request: { caseId: string; sessionId: string; calendarId: string; resourceCalendarIds?: string[] | undefined },
): Promise<BookingTarget> {
  const [caseFile, session, calendar] = await Promise.all([
    requireReference(repos.cases.get(request.caseId), 'caseId', 'case file'),
    requireReference(repos.sessions.get(request.sessionId), 'sessionId', 'session'),
    requireReference(visibleCalendar(repos, caller, request.calendarId), 'calendarId', 'calendar'),
  ]);
  if (caseFile.status !== 'open') {
    throw new ConflictError(`Appointments are booked on open case files; this one is ${caseFile.status}.`, 'case_not_open', { caseStatus: caseFile.status });
  }
  if (!calendar.disciplineIds.includes(session.disciplineId)) {
    throw new ValidationError("This calendar does not accept the session's discipline.", [
      { path: 'calendarId', message: "Does not accept the session's discipline." },
    ]);
  }
  const resourceIds = request.resourceCalendarIds ?? [];
  const resources = await Promise.all(
    resourceIds.map((id, index) => requireReference(repos.calendars.get(id), `resourceCalendarIds.${index}`, 'calendar')),
  );
  resources.forEach((resource, index) => {
    if (resource.kind === 'provider' || !resource.disciplineIds.includes(session.disciplineId)) {
      throw new ValidationError('A resource calendar must be a room or equipment that accepts the session.', [
        { path: `resourceCalendarIds.${index}`, message: "Not a room or equipment calendar accepting the session's discipline." },
      ]);
    }
  });
  const kinds = resources.map((resource) => resource.kind);
  const missing = session.requiredResourceKinds.find((kind) => !kinds.includes(kind));
  if (missing) {
    throw new ValidationError(`This session needs a ${missing} calendar as well.`, [
      { path: 'resourceCalendarIds', message: `Add one ${missing} calendar.` },
    ]);
  }
  if (new Set(kinds).size !== kinds.length || kinds.length !== session.requiredResourceKinds.length) {
    throw new ValidationError('Book exactly one calendar of each resource kind the session needs.', [
      { path: 'resourceCalendarIds', message: `The session needs: ${session.requiredResourceKinds.join(', ') || 'no resources'}.` },
    ]);
  }
  return { caseFile, session, calendar, resources };
}
