/** The public booking routes, one function each. */
import type { AvailabilityQuery, EmailCodeSent, PublicAvailability, PublicBooking, PublicBookingRequest, PublicBookingResult, PublicClinic, PublicWaitlistOffer, WaitlistAcceptResult } from './contract';
import { requestJson } from './http';

const BASE = '/api/public';
const segment = encodeURIComponent;

export function getClinic(slug: string): Promise<PublicClinic> {
  return requestJson(`${BASE}/clinics/${segment(slug)}`);
}

export function getAvailability(slug: string, query: AvailabilityQuery): Promise<PublicAvailability> {
  const params = new URLSearchParams({ sessionId: query.sessionId, locationId: query.locationId, from: query.from, days: String(query.days) });
  if (query.calendarId) params.set('calendarId', query.calendarId);
  return requestJson(`${BASE}/clinics/${segment(slug)}/availability?${params.toString()}`);
}

export function sendEmailCode(slug: string, email: string): Promise<EmailCodeSent> {
  return requestJson(`${BASE}/clinics/${segment(slug)}/email-codes`, { method: 'POST', body: { email } });
}

export function createBooking(slug: string, request: PublicBookingRequest): Promise<PublicBookingResult> {
  return requestJson(`${BASE}/clinics/${segment(slug)}/bookings`, { method: 'POST', body: request });
}

/** Manage links: the token comes from the page's fragment and travels in the body, never in a URL. */
export function getManagedBooking(token: string): Promise<PublicBooking> {
  return requestJson(`${BASE}/manage/view`, { method: 'POST', body: { token } });
}

export function cancelManagedBooking(token: string): Promise<PublicBooking> {
  return requestJson(`${BASE}/manage/cancel`, { method: 'POST', body: { token } });
}

/** Waitlist offers: the token comes from the page's fragment and travels in the body, never in a URL. */
export function viewWaitlistOffer(token: string): Promise<PublicWaitlistOffer> {
  return requestJson(`${BASE}/waitlist-offers/view`, { method: 'POST', body: { token } });
}

export function acceptWaitlistOffer(token: string): Promise<WaitlistAcceptResult> {
  return requestJson(`${BASE}/waitlist-offers/accept`, { method: 'POST', body: { token } });
}

export function rescheduleManagedBooking(token: string, start: string): Promise<PublicBookingResult> {
  return requestJson(`${BASE}/manage/reschedule`, { method: 'POST', body: { token, start } });
}
