/**
 * The waitlist entries one opening suits, each at a start the calendar can really take now: core
 * matches dates and windows, then the availability engine checks each candidate start (shift,
 * blocks, other visits) as staff would book it. One read of the active entries (one Query, paged).
 */
import { type Calendar, explainStart, matchOpening, type OpeningSpan, type Session, type WaitlistMatch } from '@casefile/core';
import type { ClinicRepositories, StoredWaitlistEntry } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { loadCalendarInputs } from '../availability/calendarInputs';
import { sessionInput } from '../appointments/newAppointment';

export interface OpeningMatches {
  calendar: Calendar;
  timeZone: string;
  sessions: Map<string, Session>;
  matches: WaitlistMatch[];
}

/** `only`: match these entries instead of every active one (a manual offer). */
export async function openingMatches(repos: ClinicRepositories, runtime: Runtime, opening: OpeningSpan, only?: readonly StoredWaitlistEntry[]): Promise<OpeningMatches> {
  const [calendar, entries] = await Promise.all([repos.calendars.get(opening.calendarId), only ?? repos.waitlist.entriesWithStatus('active')]);
  const location = await repos.locations.get(calendar.locationId);
  const sessions = new Map((await repos.sessions.getMany([...new Set(entries.map((entry) => entry.sessionId))])).map((session) => [session.sessionId, session]));
  const now = runtime.clock.now().toISOString();
  // Sessions needing a room or equipment as well are not offered by themselves (staff place those).
  const durationOf = (sessionId: string) => {
    const session = sessions.get(sessionId);
    return session && calendar.disciplineIds.includes(session.disciplineId) && session.requiredResourceKinds.length === 0 ? session.durationMinutes : undefined;
  };
  const candidates = matchOpening(opening, entries, { timeZone: location.timeZone, durationOf, notBefore: now });
  if (candidates.length === 0) return { calendar, timeZone: location.timeZone, sessions, matches: [] };
  const longest = Math.max(...candidates.map((match) => sessions.get(match.sessionId)!.durationMinutes));
  const [input] = await loadCalendarInputs(repos, [calendar], { from: opening.start, to: opening.end, durationMinutes: longest });
  const matches = candidates.filter((match) => explainStart(input!, { session: sessionInput(sessions.get(match.sessionId)!), now, mode: 'staff' }, match.start).bookableByStaff);
  return { calendar, timeZone: location.timeZone, sessions, matches };
}
