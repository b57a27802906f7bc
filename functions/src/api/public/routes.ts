/** The public routes, as data: CDK, the local gateway and the OpenAPI document read them without loading the handler. */
import {
  emailCodeSentSchema,
  manageTokenBodySchema,
  publicAvailabilityQuerySchema,
  publicAvailabilitySchema,
  publicBookingRequestSchema,
  publicBookingResultSchema,
  publicBookingSchema,
  publicClinicParamsSchema,
  publicClinicSchema,
  publicRescheduleSchema,
  requestEmailCodeSchema,
} from '@casefile/core';
import { defineRoutes } from '../../http/route';

export const publicRoutes = defineRoutes('public', {
  getPublicClinic: { method: 'GET', path: '/api/public/clinics/{clinicSlug}', auth: 'public', summary: 'What the clinic offers online: locations, disciplines, online calendars and sessions.', params: publicClinicParamsSchema, response: publicClinicSchema },
  findPublicTimes: { method: 'GET', path: '/api/public/clinics/{clinicSlug}/availability', auth: 'public', summary: "Bookable online starts for a session at a location (one calendar or any), by local date in the location's zone.", params: publicClinicParamsSchema, query: publicAvailabilityQuerySchema, response: publicAvailabilitySchema },
  requestEmailCode: { method: 'POST', path: '/api/public/clinics/{clinicSlug}/email-codes', auth: 'public', summary: 'Email a 6-digit code that proves the address for a booking; the answer is the same for every address.', params: publicClinicParamsSchema, body: requestEmailCodeSchema, response: emailCodeSentSchema, status: 202 },
  bookOnline: { method: 'POST', path: '/api/public/clinics/{clinicSlug}/bookings', auth: 'public', summary: 'Book online with the emailed code: the client is matched by verified email and name or registered, the case follows the clinic’s policy, and the no-overlap guard decides the time.', params: publicClinicParamsSchema, body: publicBookingRequestSchema, response: publicBookingResultSchema, status: 201 },
  getManagedBooking: { method: 'POST', path: '/api/public/manage/view', auth: 'public', summary: 'A booking through its signed manage link (the token in the body, never in the URL).', body: manageTokenBodySchema, response: publicBookingSchema },
  cancelManagedBooking: { method: 'POST', path: '/api/public/manage/cancel', auth: 'public', summary: "Cancel through the manage link, inside the calendar's self-cancel window; outside it the answer says how to reach the clinic.", body: manageTokenBodySchema, response: publicBookingSchema },
  rescheduleManagedBooking: { method: 'POST', path: '/api/public/manage/reschedule', auth: 'public', summary: 'Move the booking to another start with the same provider, inside the self-cancel window; answers the new booking and its own manage link.', body: publicRescheduleSchema, response: publicBookingResultSchema, status: 201 },
});
