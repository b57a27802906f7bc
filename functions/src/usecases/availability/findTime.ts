import { type FindTimeQuery, findMultiResourceOpenings, findOpenings } from '@casefile/core';
import { requireReference } from '../references';
import type { StaffContext } from '../context';
import { loadCalendarInputs } from './calendarInputs';
import { calendarsToSearch, DEFAULT_WINDOW_DAYS, resourceCalendars, toSessionInput } from './searchCalendars';

/** Find time (SPEC C6): reads, then the pure engine in core decides. */
export async function findTime({ repos, caller, runtime }: StaffContext, query: FindTimeQuery) {
  const session = await requireReference(repos.sessions.get(query.sessionId), 'sessionId', 'session');
  const now = runtime.clock.now().toISOString();
  const from = query.from ?? now;
  const to = query.to ?? new Date(Date.parse(from) + DEFAULT_WINDOW_DAYS * 86_400_000).toISOString();
  const calendars = await calendarsToSearch(repos, caller, session, query.calendarIds);
  const inputs = await loadCalendarInputs(repos, calendars, { from, to, durationMinutes: session.durationMinutes });
  const request = { session: toSessionInput(session), from, to, now, mode: query.mode, limit: query.limit };
  const openings = findOpenings(inputs, request);
  const zoneOf = new Map(inputs.map((input) => [input.calendarId, input.timeZone]));
  const result = {
    sessionId: session.sessionId,
    from,
    to,
    mode: query.mode,
    calendars: openings.map((opening) => ({ ...opening, timeZone: zoneOf.get(opening.calendarId) ?? 'UTC' })),
  };
  if (session.requiredResourceKinds.length === 0) return result;
  const combined = [];
  for (const [index, calendar] of calendars.entries()) {
    const kinds = await resourceCalendars(repos, session, calendar.locationId);
    const resources = await Promise.all(kinds.map((kind) => loadCalendarInputs(repos, kind, { from, to, durationMinutes: session.durationMinutes })));
    combined.push(...findMultiResourceOpenings(inputs[index]!, resources, request));
  }
  combined.sort((a, b) => a.start.localeCompare(b.start));
  return { ...result, combined: combined.slice(0, query.limit * Math.max(1, calendars.length)) };
}
