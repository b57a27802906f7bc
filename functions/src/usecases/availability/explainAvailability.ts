import { canSeeCalendar, type ExplainQuery, explainStart, ValidationError } from '@casefile/core';
import { requireReference } from '../references';
import type { StaffContext } from '../context';
import { loadCalendarInputs } from './calendarInputs';
import { toSessionInput } from './searchCalendars';

/** Explain (SPEC C7): why a session cannot start at an instant on a calendar, or that it can. */
export async function explainAvailability({ repos, caller, runtime }: StaffContext, query: ExplainQuery) {
  const session = await requireReference(repos.sessions.get(query.sessionId), 'sessionId', 'session');
  const calendar = await requireReference(repos.calendars.get(query.calendarId), 'calendarId', 'calendar');
  if (!canSeeCalendar(caller, calendar)) throw new ValidationError('No such calendar.', [{ path: 'calendarId', message: 'No calendar with this id.' }]);
  const [input] = await loadCalendarInputs(repos, [calendar], { from: query.at, to: query.at, durationMinutes: session.durationMinutes });
  return explainStart(input!, { session: toSessionInput(session), now: runtime.clock.now().toISOString(), mode: query.mode }, query.at);
}
