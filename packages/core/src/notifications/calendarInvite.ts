/**
 * The `.ics` a confirmation or reschedule carries (issue 16, mail): one event, times in UTC, built
 * with ical-generator. The UID is the booking's first appointment, so a calendar app replaces the
 * event when the booking moves (a higher SEQUENCE). Logistics only: nothing clinical.
 */
import ical, { ICalCalendarMethod } from 'ical-generator';

export interface InviteFacts {
  /** The first appointment of the booking's move chain: stable across moves. */
  bookingId: string;
  /** How many times the booking moved: later versions replace earlier ones. */
  sequence: number;
  start: string;
  end: string;
  clinicName: string;
  locationName?: string | undefined;
  locationAddress?: string | undefined;
  providerName?: string | undefined;
  manageUrl?: string | undefined;
  /** When the message is made (DTSTAMP). */
  now: string;
  canceled?: boolean;
}

export interface MailAttachmentData {
  filename: string;
  contentType: string;
  content: string;
}

export function appointmentInvite(facts: InviteFacts): MailAttachmentData {
  const calendar = ical({ prodId: { company: 'Casefile', product: 'appointments', language: 'EN' }, method: facts.canceled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH });
  const where = [facts.locationName, facts.locationAddress].filter(Boolean).join(', ');
  calendar.createEvent({
    id: `${facts.bookingId}@casefile`,
    sequence: facts.sequence,
    start: new Date(facts.start),
    end: new Date(facts.end),
    stamp: new Date(facts.now),
    summary: `Appointment at ${facts.clinicName}`,
    ...(where ? { location: where } : {}),
    description: [facts.providerName ? `With ${facts.providerName}.` : undefined, facts.manageUrl ? `See or change it: ${facts.manageUrl}` : undefined].filter(Boolean).join('\n'),
    ...(facts.manageUrl ? { url: facts.manageUrl } : {}),
  });
  return { filename: 'appointment.ics', contentType: `text/calendar; charset=utf-8; method=${facts.canceled ? 'CANCEL' : 'PUBLISH'}`, content: calendar.toString() };
}
