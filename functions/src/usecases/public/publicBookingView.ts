import { Temporal } from 'temporal-polyfill';
import { type AppointmentStatus, canSelfCancel, clinicContact, DEFAULT_GUARDRAILS, type PublicBooking, selfCancelDeadline } from '@casefile/core';
import type { ClinicRepositories, StoredAppointment } from '@casefile/db';

/**
 * A booking as its client sees it through the manage link: when and where, with what, and until
 * when they may cancel or move it themselves. Nothing clinical, no case or client details.
 */
export async function publicBookingView(repos: ClinicRepositories, appointment: StoredAppointment, now: string): Promise<PublicBooking> {
  const [clinic, [calendar], sessions, locations] = await Promise.all([
    repos.clinic.get(),
    repos.calendars.getMany([appointment.calendarId]),
    repos.sessions.getMany([appointment.sessionId]),
    repos.locations.list({ limit: 100 }),
  ]);
  const location = locations.items.find((one) => one.locationId === calendar?.locationId);
  const timeZone = location?.timeZone ?? clinic.defaultTimeZone;
  const windowHours = (calendar?.guardrails ?? DEFAULT_GUARDRAILS).selfCancelWindowHours;
  const status = appointment.status as AppointmentStatus;
  const open = status === 'booked' || status === 'confirmed';
  return {
    status,
    start: appointment.start,
    end: appointment.end,
    timeZone,
    localStart: Temporal.Instant.from(appointment.start).toZonedDateTimeISO(timeZone).toPlainDateTime().toString({ smallestUnit: 'minute' }),
    sessionName: sessions[0]?.name ?? '',
    calendarName: calendar?.name ?? '',
    locationName: location?.name ?? '',
    canCancel: open && canSelfCancel(appointment.start, now, windowHours),
    selfCancelUntil: selfCancelDeadline(appointment.start, windowHours),
    selfCancelWindowHours: windowHours,
    clinic: { name: clinic.name, ...(clinic.phone ? { phone: clinic.phone } : {}), ...(clinic.contactEmail ? { contactEmail: clinic.contactEmail } : {}) },
    ...withContact(clinicContact({ locationPhone: location?.phone, clinicPhone: clinic.phone, contactEmail: clinic.contactEmail })),
    ...(calendar ? { rebook: { clinicSlug: clinic.slug, sessionId: appointment.sessionId, locationId: calendar.locationId, calendarId: calendar.calendarId } } : {}),
  };
}

function withContact(contact: ReturnType<typeof clinicContact>): Pick<PublicBooking, 'contact'> {
  return contact ? { contact } : {};
}
