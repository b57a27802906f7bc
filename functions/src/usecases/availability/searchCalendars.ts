/** Which calendars a search covers, and the session as the engine takes it. */
import { type Calendar, canSeeCalendar, type Session, ValidationError } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { CallerIdentity } from '../../http/staffIdentity';
import { complete } from './calendarInputs';

export const DEFAULT_WINDOW_DAYS = 14;

/** The calendars asked for (each must exist and be visible), or every visible provider calendar that takes the session. */
export async function calendarsToSearch(repos: ClinicRepositories, caller: CallerIdentity, session: Session, calendarIds: string[] | undefined): Promise<Calendar[]> {
  if (calendarIds) {
    const found = await repos.calendars.getMany(calendarIds);
    const byId = new Map(found.filter((calendar) => canSeeCalendar(caller, calendar)).map((calendar) => [calendar.calendarId, calendar]));
    const missing = calendarIds.findIndex((id) => !byId.has(id));
    if (missing >= 0) throw new ValidationError('A calendar asked for does not exist.', [{ path: `calendarIds.${missing}`, message: 'No calendar with this id.' }]);
    return calendarIds.map((id) => byId.get(id)!);
  }
  const all = complete(await repos.calendars.list({ limit: 100 }), 'calendars');
  return all.filter(
    (calendar) => calendar.active && calendar.kind === 'provider' && calendar.disciplineIds.includes(session.disciplineId) && canSeeCalendar(caller, calendar),
  );
}

/** Room and equipment calendars at a location, one list per kind the session needs. */
export async function resourceCalendars(repos: ClinicRepositories, session: Session, locationId: string): Promise<Calendar[][]> {
  const all = complete(await repos.calendars.list({ locationId, limit: 100 }), 'calendars');
  return session.requiredResourceKinds.map((kind) =>
    all.filter((calendar) => calendar.active && calendar.kind === kind && calendar.disciplineIds.includes(session.disciplineId)),
  );
}

export function toSessionInput(session: Session) {
  return { sessionId: session.sessionId, disciplineId: session.disciplineId, durationMinutes: session.durationMinutes, onlineBookable: session.onlineBookable };
}

