/**
 * What the client can choose, given the clinic's public description: locations that have an online
 * calendar, the sessions offered there (or by one calendar), and the providers who take a session.
 */
import type { ClinicCalendar, ClinicLocation, ClinicSession, PublicClinic } from '../api/contract';

export interface Choice {
  locationId: string;
  sessionId: string;
  /** '' for any available provider. */
  calendarId: string;
}

export function bookableLocations(clinic: PublicClinic): ClinicLocation[] {
  return clinic.locations.filter((location) => clinic.calendars.some((calendar) => calendar.locationId === location.locationId));
}

export function sessionsAt(clinic: PublicClinic, locationId: string, calendarId = ''): ClinicSession[] {
  const calendars = clinic.calendars.filter((calendar) => calendar.locationId === locationId && (!calendarId || calendar.calendarId === calendarId));
  return clinic.sessions.filter((session) => calendars.some((calendar) => calendar.disciplineIds.includes(session.disciplineId)));
}

export function providersFor(clinic: PublicClinic, locationId: string, sessionId: string): ClinicCalendar[] {
  const session = clinic.sessions.find((candidate) => candidate.sessionId === sessionId);
  if (!session) return [];
  return clinic.calendars.filter((calendar) => calendar.locationId === locationId && calendar.disciplineIds.includes(session.disciplineId));
}

/**
 * Where the page starts: a direct calendar link picks that provider and its location; one location
 * or one session is chosen for the client; `?service=` may name a session.
 */
export function initialChoice(clinic: PublicClinic, calendarId: string | undefined, sessionHint: string | null): Choice {
  const calendar = calendarId ? clinic.calendars.find((candidate) => candidate.calendarId === calendarId) : undefined;
  const locations = bookableLocations(clinic);
  const locationId = calendar?.locationId ?? (locations.length === 1 ? (locations[0]?.locationId ?? '') : '');
  const sessions = locationId ? sessionsAt(clinic, locationId, calendar?.calendarId) : [];
  const hinted = sessions.find((session) => session.sessionId === sessionHint);
  const sessionId = hinted?.sessionId ?? (sessions.length === 1 ? (sessions[0]?.sessionId ?? '') : '');
  return { locationId, sessionId, calendarId: calendar?.calendarId ?? '' };
}

/** Keeps a choice consistent after one part changed: a session or provider the location lacks is dropped. */
export function settleChoice(clinic: PublicClinic, choice: Choice): Choice {
  const sessions = choice.locationId ? sessionsAt(clinic, choice.locationId) : [];
  const sessionId = sessions.some((session) => session.sessionId === choice.sessionId) ? choice.sessionId : sessions.length === 1 ? (sessions[0]?.sessionId ?? '') : '';
  const providers = sessionId ? providersFor(clinic, choice.locationId, sessionId) : [];
  const calendarId = providers.some((calendar) => calendar.calendarId === choice.calendarId) ? choice.calendarId : '';
  return { locationId: choice.locationId, sessionId, calendarId };
}
