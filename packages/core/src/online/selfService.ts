/**
 * Rules of online self-service (SPEC O3-O5): when a client may still cancel or move a booking
 * themselves, how long a manage link lives, and the abuse limits on the public routes.
 */
import { Temporal } from 'temporal-polyfill';

/** The last instant a client may cancel or reschedule online: the calendar's window before the start. */
export function selfCancelDeadline(start: string, windowHours: number): string {
  return Temporal.Instant.from(start).subtract({ hours: windowHours }).toString();
}

export function canSelfCancel(start: string, now: string, windowHours: number): boolean {
  return Temporal.Instant.compare(Temporal.Instant.from(now), Temporal.Instant.from(selfCancelDeadline(start, windowHours))) < 0;
}

/** A manage link works until a day after the visit ends: enough to look it up, not forever. */
export function manageLinkExpiry(end: string): string {
  return Temporal.Instant.from(end).add({ hours: 24 }).toString();
}

export interface RateLimit {
  windowSeconds: number;
  max: number;
}

/**
 * Per clinic. `address` limits count the caller's network address, `contact` ones a hash of the
 * email, `token` ones the record a link names; all must pass. Reads of times are generous, mail and bookings strict.
 */
export const PUBLIC_RATE_LIMITS = {
  'times:address': { windowSeconds: 60, max: 120 },
  'code:address': { windowSeconds: 3600, max: 20 },
  'code:contact': { windowSeconds: 3600, max: 5 },
  'booking:address': { windowSeconds: 3600, max: 60 },
  'booking:contact': { windowSeconds: 3600, max: 10 },
  'manage:address': { windowSeconds: 60, max: 60 },
  /** Form links (K6): opening and submitting, per address and per form (the token names one form). */
  'form:address': { windowSeconds: 60, max: 60 },
  'form:token': { windowSeconds: 3600, max: 30 },
} as const satisfies Record<string, RateLimit>;
export type PublicRateLimitName = keyof typeof PUBLIC_RATE_LIMITS;

/** Upcoming online bookings one client may hold at once. */
export const MAX_PENDING_ONLINE_BOOKINGS = 3;
/** How long an emailed code verifies, and how many wrong tries it survives. */
export const EMAIL_CODE_MINUTES = 15;
export const EMAIL_CODE_MAX_ATTEMPTS = 5;

export interface RateWindow {
  windowStart: number;
  /** Seconds until the window ends: the Retry-After of a refusal. */
  retryAfterSeconds: number;
}

/** The fixed window `nowSeconds` falls in. */
export function rateWindow(limit: RateLimit, nowSeconds: number): RateWindow {
  const windowStart = nowSeconds - (nowSeconds % limit.windowSeconds);
  return { windowStart, retryAfterSeconds: Math.max(1, windowStart + limit.windowSeconds - nowSeconds) };
}
