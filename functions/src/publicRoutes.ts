/** The public booking routes (SPEC O1-O5), part of the route table: no login, throttled per route in the stack. */
import {
  emailCodeSentSchema,
  manageTokenParamsSchema,
  requestEmailCodeSchema,
  publicAvailabilityQuerySchema,
  publicAvailabilitySchema,
  publicBookingRequestSchema,
  publicBookingResultSchema,
  publicBookingSchema,
  publicClinicParamsSchema,
  publicClinicSchema,
  publicRescheduleSchema,
} from '@casefile/core';
import type { RouteDefinition } from './routes';

export const PUBLIC_ROUTES: readonly RouteDefinition[] = [
  { method: 'GET', path: '/api/public/{clinicSlug}', fn: 'public', auth: 'public', operationId: 'getPublicClinic', summary: 'What the clinic offers online: locations, disciplines, online calendars and sessions.', params: publicClinicParamsSchema, response: publicClinicSchema },
  { method: 'GET', path: '/api/public/{clinicSlug}/availability', fn: 'public', auth: 'public', operationId: 'findPublicTimes', summary: "Bookable online starts for a session at a location (one calendar or any), by local date in the location's zone.", params: publicClinicParamsSchema, query: publicAvailabilityQuerySchema, response: publicAvailabilitySchema },
  { method: 'POST', path: '/api/public/{clinicSlug}/email-codes', fn: 'public', auth: 'public', operationId: 'requestEmailCode', summary: 'Email a 6-digit code that proves the address for a booking; the answer is the same for every address.', params: publicClinicParamsSchema, body: requestEmailCodeSchema, response: emailCodeSentSchema, status: 202 },
  { method: 'POST', path: '/api/public/{clinicSlug}/bookings', fn: 'public', auth: 'public', operationId: 'bookOnline', summary: 'Book online with the emailed code: the client is matched by verified email and name or registered, the case follows the clinic’s policy, and the no-overlap guard decides the time.', params: publicClinicParamsSchema, body: publicBookingRequestSchema, response: publicBookingResultSchema, status: 201 },
  { method: 'GET', path: '/api/public/manage/{token}', fn: 'public', auth: 'public', operationId: 'getManagedBooking', summary: 'A booking through its signed manage link.', params: manageTokenParamsSchema, response: publicBookingSchema },
  { method: 'POST', path: '/api/public/manage/{token}/cancel', fn: 'public', auth: 'public', operationId: 'cancelManagedBooking', summary: "Cancel through the manage link, inside the calendar's self-cancel window; outside it the answer says how to reach the clinic.", params: manageTokenParamsSchema, response: publicBookingSchema },
  { method: 'POST', path: '/api/public/manage/{token}/reschedule', fn: 'public', auth: 'public', operationId: 'rescheduleManagedBooking', summary: 'Move the booking to another start with the same provider, inside the self-cancel window; answers the new booking and its own manage link.', params: manageTokenParamsSchema, body: publicRescheduleSchema, response: publicBookingResultSchema, status: 201 },
];
