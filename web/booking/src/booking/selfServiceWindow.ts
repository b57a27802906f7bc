/**
 * Whether a time can still be changed online once booked (issue 16, item 2): the calendar's
 * self-cancel window closes that many hours before the start. For "any provider", the strictest
 * calendar offering the slot decides, so the warning is never missing.
 */
import type { ClinicCalendar, PublicBooking, PublicClinic, Slot } from '../api/contract';

export function closedWindowHours(slot: Slot, calendar: ClinicCalendar | undefined, clinic: PublicClinic, now = Date.now()): number | undefined {
  const candidates = calendar ? [calendar] : clinic.calendars.filter((one) => slot.calendarIds.includes(one.calendarId));
  const hours = Math.max(0, ...candidates.map((one) => one.selfCancelWindowHours));
  return Date.parse(slot.start) - hours * 3_600_000 <= now ? hours : undefined;
}

/** The way to reach the clinic before a booking exists: the location's phone, else the clinic's, else its email (as the API answers after). */
export function contactBeforeBooking(clinic: PublicClinic, location: PublicClinic['locations'][number] | undefined): PublicBooking['contact'] {
  const phone = location?.phone ?? clinic.phone;
  if (phone) return { kind: 'phone', value: phone };
  return clinic.contactEmail ? { kind: 'email', value: clinic.contactEmail } : undefined;
}
