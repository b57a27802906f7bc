import {
  type Calendar,
  canSeeCalendar,
  type ExplainQuery,
  explainStart,
  type FindTimeQuery,
  findMultiResourceOpenings,
  findOpenings,
  type Session,
  ValidationError,
} from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import { requireReference } from '../http/references';
import type { CallerIdentity } from '../http/staffIdentity';
import { complete, loadCalendarInputs } from './availability/calendarInputs';

const DEFAULT_WINDOW_DAYS = 14;

/** The calendars asked for (each must exist and be visible), or every visible provider calendar that takes the session. */
async function calendarsToSearch(repos: ClinicRepositories, caller: CallerIdentity, session: Session, calendarIds: string[] | undefined): Promise<Calendar[]> {
  if (calendarIds) {
    const found = await repos.calendars.getMany(calendarIds);
    const byId = new Map(found.filter((calendar) => canSeeCalendar(caller, calendar)).map((calendar) => [calendar.calendarId, calendar]));
    const missing = calendarIds.findIndex((id) => !byId.has(id));
    if (missing >= 0) throw new ValidationError('A calendar asked for does not exist.', [{ path: `query.calendarIds.${missing}`, message: 'No calendar with this id.' }]);
    return calendarIds.map((id) => byId.get(id)!);
  }
  const all = complete(await repos.calendars.list({ limit: 100 }), 'calendars');
  return all.filter(
    (calendar) => calendar.active && calendar.kind === 'provider' && calendar.disciplineIds.includes(session.disciplineId) && canSeeCalendar(caller, calendar),
  );
}

/** Room and equipment calendars at a location, one list per kind the session needs. */
async function resourceCalendars(repos: ClinicRepositories, session: Session, locationId: string): Promise<Calendar[][]> {
  const all = complete(await repos.calendars.list({ locationId, limit: 100 }), 'calendars');
  return session.requiredResourceKinds.map((kind) =>
    all.filter((calendar) => calendar.active && calendar.kind === kind && calendar.disciplineIds.includes(session.disciplineId)),
  );
}

function toSessionInput(session: Session) {
  return { sessionId: session.sessionId, disciplineId: session.disciplineId, durationMinutes: session.durationMinutes, onlineBookable: session.onlineBookable };
}

/** Find time (SPEC C6) and explain (C7): reads, then the pure engine in core decides. */
export const handler = createApiHandler('availability', {
  findTime: async ({ repos, caller, runtime, query }: OperationInput<unknown, FindTimeQuery>) => {
    const session = await requireReference(repos.sessions.get(query.sessionId), 'query.sessionId', 'session');
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
  },

  explainAvailability: async ({ repos, caller, runtime, query }: OperationInput<unknown, ExplainQuery>) => {
    const session = await requireReference(repos.sessions.get(query.sessionId), 'query.sessionId', 'session');
    const calendar = await requireReference(repos.calendars.get(query.calendarId), 'query.calendarId', 'calendar');
    if (!canSeeCalendar(caller, calendar)) throw new ValidationError('No such calendar.', [{ path: 'query.calendarId', message: 'No calendar with this id.' }]);
    const [input] = await loadCalendarInputs(repos, [calendar], { from: query.at, to: query.at, durationMinutes: session.durationMinutes });
    return explainStart(input!, { session: toSessionInput(session), now: runtime.clock.now().toISOString(), mode: query.mode }, query.at);
  },
});
