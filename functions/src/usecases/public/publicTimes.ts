import { Temporal } from 'temporal-polyfill';
import { findMultiResourceOpenings, findOpenings, type PublicAvailability, type PublicAvailabilityQuery } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { loadCalendarInputs } from '../availability/calendarInputs';
import type { OnlineChoice } from './publicCatalogue';

/** Enough starts for two weeks of a busy calendar; the engine's default of 50 would cut days off. */
const MAX_STARTS_PER_CALENDAR = 2_000;

/**
 * Bookable online starts (SPEC O2, O3) over `days` local dates from `from` in the location's zone:
 * the online engine (lead time, buffers, horizon, online flags) on every offered calendar, grouped by
 * local date and start, each start listing the calendars free then.
 */
export async function publicTimes(repos: ClinicRepositories, runtime: Runtime, choice: OnlineChoice, query: PublicAvailabilityQuery): Promise<PublicAvailability> {
  const zone = choice.location.timeZone;
  const firstDay = Temporal.PlainDate.from(query.from);
  const from = firstDay.toZonedDateTime({ timeZone: zone }).toInstant().toString();
  const to = firstDay.add({ days: query.days }).toZonedDateTime({ timeZone: zone }).toInstant().toString();
  const window = { from, to, durationMinutes: choice.session.durationMinutes };
  const request = {
    session: { sessionId: choice.session.sessionId, disciplineId: choice.session.disciplineId, durationMinutes: choice.session.durationMinutes, onlineBookable: choice.session.onlineBookable },
    from,
    to,
    now: runtime.clock.now().toISOString(),
    mode: 'online' as const,
    limit: MAX_STARTS_PER_CALENDAR,
  };
  const inputs = await loadCalendarInputs(repos, choice.calendars, window);
  const freeAt = new Map<string, string[]>();
  const add = (start: string, calendarId: string) => freeAt.set(start, [...(freeAt.get(start) ?? []), calendarId]);
  if (choice.resourcesByKind.length === 0) {
    for (const opening of findOpenings(inputs, request)) for (const start of opening.starts) add(start, opening.calendarId);
  } else {
    const resources = await Promise.all(choice.resourcesByKind.map((kind) => loadCalendarInputs(repos, kind, window)));
    for (const input of inputs) for (const opening of findMultiResourceOpenings(input, resources, request)) add(opening.start, input.calendarId);
  }

  const days = Array.from({ length: query.days }, (_unused, index) => ({ date: firstDay.add({ days: index }).toString(), slots: [] as PublicAvailability['days'][number]['slots'] }));
  const dayOf = new Map(days.map((day) => [day.date, day]));
  for (const start of [...freeAt.keys()].sort()) {
    const local = Temporal.Instant.from(start).toZonedDateTimeISO(zone);
    dayOf.get(local.toPlainDate().toString())?.slots.push({ start: new Date(start).toISOString(), localTime: local.toPlainTime().toString({ smallestUnit: 'minute' }), calendarIds: freeAt.get(start)! });
  }
  return { timeZone: zone, days };
}
