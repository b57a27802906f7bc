/**
 * What a clinic offers online (SPEC O2): active locations, its disciplines, the provider calendars
 * open for online booking and the online-bookable sessions one of them accepts.
 */
import { type Calendar, type Clinic, DEFAULT_GUARDRAILS, type Discipline, type Location, NotFoundError, type PublicClinic, type Session, ValidationError } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { complete } from '../availability/calendarInputs';

export interface Catalogue {
  clinic: Clinic;
  locations: Location[];
  disciplines: Discipline[];
  calendars: Calendar[];
  sessions: Session[];
  /** Active room and equipment calendars, for sessions that need them. */
  resources: Calendar[];
}

export async function loadCatalogue(repos: ClinicRepositories): Promise<Catalogue> {
  const [clinic, locations, disciplines, calendars, sessions] = await Promise.all([
    repos.clinic.get(),
    repos.locations.list({ limit: 100 }),
    repos.disciplines.list({ limit: 100 }),
    repos.calendars.list({ limit: 100 }),
    repos.sessions.list({ limit: 100 }),
  ]);
  const allCalendars = complete(calendars, 'calendars').filter((calendar) => calendar.active);
  const online = allCalendars.filter((calendar) => calendar.kind === 'provider' && calendar.onlineBooking);
  return {
    clinic,
    locations: complete(locations, 'locations').filter((location) => location.active),
    disciplines: complete(disciplines, 'disciplines'),
    calendars: online,
    sessions: complete(sessions, 'sessions').filter(
      (session) => session.active && session.onlineBookable && online.some((calendar) => calendar.disciplineIds.includes(session.disciplineId)),
    ),
    resources: allCalendars.filter((calendar) => calendar.kind !== 'provider'),
  };
}

export function toPublicClinic(catalogue: Catalogue): PublicClinic {
  const { clinic } = catalogue;
  const offered = new Set(catalogue.sessions.map((session) => session.disciplineId));
  return {
    name: clinic.name,
    slug: clinic.slug,
    ...(clinic.phone ? { phone: clinic.phone } : {}),
    ...(clinic.contactEmail ? { contactEmail: clinic.contactEmail } : {}),
    locations: catalogue.locations
      .filter((location) => catalogue.calendars.some((calendar) => calendar.locationId === location.locationId))
      .map((location) => ({
        locationId: location.locationId,
        name: location.name,
        timeZone: location.timeZone,
        ...(location.address ? { address: location.address } : {}),
        ...(location.phone ? { phone: location.phone } : {}),
      })),
    disciplines: catalogue.disciplines.filter((discipline) => offered.has(discipline.disciplineId)).map((discipline) => ({ disciplineId: discipline.disciplineId, name: discipline.name })),
    calendars: catalogue.calendars.map((calendar) => ({
      calendarId: calendar.calendarId,
      name: calendar.name,
      locationId: calendar.locationId,
      disciplineIds: calendar.disciplineIds,
      selfCancelWindowHours: (calendar.guardrails ?? DEFAULT_GUARDRAILS).selfCancelWindowHours,
    })),
    sessions: catalogue.sessions.map((session) => ({ sessionId: session.sessionId, name: session.name, disciplineId: session.disciplineId, durationMinutes: session.durationMinutes })),
  };
}

export interface OnlineChoice {
  session: Session;
  location: Location;
  /** The provider calendars to offer or try, in order. */
  calendars: Calendar[];
  /** Per kind the session needs, the room or equipment calendars at the location that accept it. */
  resourcesByKind: Calendar[][];
}

/** The session, location and calendars a public request may use; anything not offered online is "not found". */
export function onlineChoice(catalogue: Catalogue, request: { sessionId: string; locationId: string; calendarId?: string | undefined }): OnlineChoice {
  const session = catalogue.sessions.find((one) => one.sessionId === request.sessionId);
  if (!session) throw new NotFoundError('Session');
  const location = catalogue.locations.find((one) => one.locationId === request.locationId);
  if (!location) throw new NotFoundError('Location');
  const calendars = catalogue.calendars.filter(
    (calendar) => calendar.locationId === location.locationId && calendar.disciplineIds.includes(session.disciplineId) && (!request.calendarId || calendar.calendarId === request.calendarId),
  );
  if (request.calendarId && calendars.length === 0) {
    throw new ValidationError('This provider does not offer that session online at this location.', [{ path: 'calendarId', message: 'Not offered online for this session and location.' }]);
  }
  const resourcesByKind = session.requiredResourceKinds.map((kind) =>
    catalogue.resources.filter((calendar) => calendar.kind === kind && calendar.locationId === location.locationId && calendar.disciplineIds.includes(session.disciplineId)),
  );
  return { session, location, calendars, resourcesByKind };
}
