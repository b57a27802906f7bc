import { type FhirResource, type FhirSlotSearch, toFhirSlot } from '@casefile/core';
import { findTime } from '../availability/findTime';
import { unlessNotFound } from '../billing/unlessNotFound';
import type { StaffContext } from '../context';

/** At most this many free slots per search (the engine's own cap per calendar). */
const MAX_SLOTS = 100;

/**
 * Free slots of one calendar for one session, found by the availability engine (the find-time use
 * case, staff mode): each bookable start is a Slot of the session's length. An unknown calendar or
 * session finds nothing.
 */
export async function searchFhirSlots(ctx: StaffContext, search: FhirSlotSearch): Promise<FhirResource[]> {
  const [calendar, session] = await Promise.all([unlessNotFound(ctx.repos.calendars.get(search.schedule)), unlessNotFound(ctx.repos.sessions.get(search['service-type']))]);
  if (!calendar || !session) return [];
  const found = await findTime(ctx, {
    sessionId: session.sessionId,
    calendarIds: [calendar.calendarId],
    ...(search.start?.from ? { from: search.start.from } : {}),
    ...(search.start?.to ? { to: search.start.to } : {}),
    limit: MAX_SLOTS,
    mode: 'staff',
  });
  const minutes = session.durationMinutes * 60_000;
  return found.calendars.flatMap((opening) =>
    opening.starts.map((start) => toFhirSlot({ calendarId: opening.calendarId, sessionId: session.sessionId, start, end: new Date(Date.parse(start) + minutes).toISOString() })),
  );
}
