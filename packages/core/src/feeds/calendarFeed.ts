/**
 * A provider calendar as an iCalendar feed (SPEC P3): one VEVENT per appointment, times in the
 * location's zone with its VTIMEZONE (so a DST change moves nothing), SEQUENCE from the stored
 * version (every write bumps it, so a calendar app takes the newer copy) and STATUS:CANCELLED for
 * canceled and moved-away appointments. Client names only when the clinic has turned them on;
 * nothing clinical ever.
 */
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { AppointmentStatus } from '../appointments/lifecycle';

export interface FeedAppointment {
  appointmentId: string;
  start: string;
  end: string;
  status: AppointmentStatus;
  /** The stored version: grows with every change. */
  version: number;
  updatedAt: string;
  /** The session's name ("Initial assessment"): logistics, not clinical content. */
  sessionName?: string | undefined;
  /** Present only when the clinic shows client names in feeds. */
  clientName?: string | undefined;
}

export interface CalendarFeedFacts {
  calendarId: string;
  calendarName: string;
  clinicName: string;
  timeZone: string;
  locationName?: string | undefined;
  appointments: readonly FeedAppointment[];
  /** When the feed is made: DTSTAMP of every event. */
  now: string;
}

/** How each appointment status reads in a calendar app (docs/fhir.md keeps the same table for FHIR). */
export const FEED_EVENT_STATUS: Readonly<Record<AppointmentStatus, ICalEventStatus>> = {
  booked: ICalEventStatus.CONFIRMED,
  confirmed: ICalEventStatus.CONFIRMED,
  arrived: ICalEventStatus.CONFIRMED,
  paid: ICalEventStatus.CONFIRMED,
  no_show: ICalEventStatus.CONFIRMED,
  canceled: ICalEventStatus.CANCELLED,
  rebooked: ICalEventStatus.CANCELLED,
};

/** The VTIMEZONE of an IANA zone from the tz database the library ships; null leaves it out. */
function vtimezone(zone: string): string | null {
  const block = tzlib_get_ical_block(zone);
  return Array.isArray(block) && block[0] ? block[0] : null;
}

/** The UID of an appointment's event: stable for its life, unique to this product. */
export const feedEventUid = (appointmentId: string) => `${appointmentId}@casefile`;

function summaryOf(appointment: FeedAppointment): string {
  const what = appointment.sessionName ?? 'Appointment';
  const title = appointment.clientName ? `${appointment.clientName}: ${what}` : what;
  return appointment.status === 'no_show' ? `${title} (no-show)` : title;
}

export function buildCalendarFeed(facts: CalendarFeedFacts): string {
  const calendar = ical({
    prodId: { company: 'Casefile', product: 'calendar-feed', language: 'EN' },
    method: ICalCalendarMethod.PUBLISH,
    name: `${facts.calendarName} (${facts.clinicName})`,
    // name null: only the generator, so each event carries its own TZID and DTSTAMP stays UTC.
    timezone: { name: null, generator: vtimezone },
    ttl: 15 * 60,
  });
  const zoned = (instant: string) => Temporal.Instant.from(instant).toZonedDateTimeISO(facts.timeZone);
  for (const appointment of facts.appointments) {
    calendar.createEvent({
      id: feedEventUid(appointment.appointmentId),
      sequence: appointment.version,
      start: zoned(appointment.start),
      end: zoned(appointment.end),
      timezone: facts.timeZone,
      stamp: new Date(facts.now),
      lastModified: new Date(appointment.updatedAt),
      status: FEED_EVENT_STATUS[appointment.status],
      summary: summaryOf(appointment),
      ...(facts.locationName ? { location: facts.locationName } : {}),
    });
  }
  return calendar.toString();
}

/** How a feed names a client, when the clinic allows names at all: the name they go by. */
export function feedClientName(client: { firstName: string; lastName: string; preferredName?: string | undefined }): string {
  return `${client.preferredName ?? client.firstName} ${client.lastName}`;
}
