import { expandRepeat, type RepeatPreview } from '@casefile/core';
import { requireReference } from '../references';
import { explainOn } from './placement';
import { zoneOfCalendar } from './seriesSupport';
import type { StaffContext } from '../context';

/** Preview a repeat: every occurrence of a weekly pattern, explained by the availability engine. */
export async function previewRepeat({ repos, runtime }: StaffContext, appointmentId: string, request: RepeatPreview) {
  const current = await repos.appointments.get(appointmentId);
  const session = await requireReference(repos.sessions.get(current.sessionId), 'appointmentId', 'session');
  const calendars = await repos.calendars.getMany([current.calendarId, ...current.resourceCalendarIds]);
  const occurrences = expandRepeat(current.start, await zoneOfCalendar(repos, current.calendarId), request.pattern);
  const durationMs = session.durationMinutes * 60_000;
  return {
    occurrences: await Promise.all(
      occurrences.map(async (occurrence, index) => {
        if (index === 0) return { ...occurrence, end: current.end, bookable: true, explanations: [] };
        const explanations = await explainOn(repos, runtime, calendars, session, occurrence.start);
        const end = new Date(Date.parse(occurrence.start) + durationMs).toISOString();
        return { ...occurrence, end, bookable: explanations.every((explanation) => explanation.bookableByStaff), explanations };
      }),
    ),
  };
}
