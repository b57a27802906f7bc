/**
 * The public booking API's types, taken from the zod schemas the API validates with. Type-only: no
 * server code reaches the bundle.
 */
import type { PublicAvailability, PublicBooking, PublicBookingRequest, PublicClinic, PublicFormSubmissionBody, PublicFormView, PublicWaitlistOffer, WaitlistAcceptResult } from '@casefile/core';

export type { PublicAvailability, PublicBooking, PublicBookingRequest, PublicClinic, PublicFormSubmissionBody, PublicFormView, PublicWaitlistOffer, WaitlistAcceptResult };

export type Slot = PublicAvailability['days'][number]['slots'][number];
export type ClinicCalendar = PublicClinic['calendars'][number];
export type ClinicSession = PublicClinic['sessions'][number];
export type ClinicLocation = PublicClinic['locations'][number];

export interface PublicBookingResult {
  booking: PublicBooking;
  manageToken: string;
}

export interface EmailCodeSent {
  sent: true;
  expiresInMinutes: number;
}

export interface AvailabilityQuery {
  sessionId: string;
  locationId: string;
  calendarId?: string;
  from: string;
  days: number;
}

/** What rescheduling from a manage link needs to list times: the same session and provider. */
export type RescheduleContext = NonNullable<PublicBooking['rebook']>;

export function rescheduleContextOf(booking: PublicBooking): RescheduleContext | undefined {
  return booking.rebook;
}

export type FormFieldView = PublicFormView['template']['fields'][number];
