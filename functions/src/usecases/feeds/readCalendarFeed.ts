/**
 * What a calendar app fetches: the feed a secret opens, built from the calendar's appointments in
 * the feed window (one Query on the calendar's occupancy, then the appointments, sessions and,
 * only when the clinic allows it, clients by key). A secret that opens nothing answers 404.
 */
import { buildCalendarFeed, feedWindow, feedClientName, NotFoundError } from '@casefile/core';
import { createClinicRepositories, feedTargetForTokenHash } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { hashFeedSecret } from './feedSecret';

const FEED_ACTOR = 'system:calendar-feed';

export async function readCalendarFeed(runtime: Runtime, secret: string): Promise<string> {
  const target = await feedTargetForTokenHash(runtime.service, hashFeedSecret(secret));
  if (!target) throw new NotFoundError('Calendar feed');
  const repos = createClinicRepositories({ service: runtime.service, clinicId: target.clinicId, actor: FEED_ACTOR, now: () => runtime.clock.now(), newId: runtime.newId });
  const now = runtime.clock.now();
  const window = feedWindow(now);
  const [clinic, calendar, settings, placements] = await Promise.all([
    repos.clinic.get(),
    repos.calendars.get(target.calendarId),
    repos.calendarFeeds.getSettings(),
    repos.appointments.placementsBetween(target.calendarId, window.from, window.to),
  ]);
  const appointments = await repos.appointments.getMany(placements.map((placement) => placement.appointmentId));
  const [location, sessions, clients] = await Promise.all([
    repos.locations.get(calendar.locationId),
    repos.sessions.getMany([...new Set(appointments.map((appointment) => appointment.sessionId))]),
    settings.showClientNames ? repos.clients.getMany([...new Set(appointments.map((appointment) => appointment.clientId))]) : Promise.resolve([]),
  ]);
  const sessionName = new Map(sessions.map((session) => [session.sessionId, session.name]));
  const clientName = new Map(clients.map((client) => [client.clientId, feedClientName(client)]));
  return buildCalendarFeed({
    calendarId: calendar.calendarId,
    calendarName: calendar.name,
    clinicName: clinic.name,
    timeZone: location.timeZone,
    locationName: location.name,
    now: now.toISOString(),
    appointments: appointments.map((appointment) => ({
      appointmentId: appointment.appointmentId,
      start: appointment.start,
      end: appointment.end,
      status: appointment.status,
      version: appointment.version,
      updatedAt: appointment.updatedAt,
      sessionName: sessionName.get(appointment.sessionId),
      clientName: clientName.get(appointment.clientId),
    })),
  });
}
