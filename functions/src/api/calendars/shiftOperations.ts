/** Shift operations (SPEC C2): the rules are core's, the writes the shift repository's. */
import {
  type Calendar,
  canSeeCalendar,
  type CreateShift,
  type FieldIssue,
  NotFoundError,
  type RepeatShifts,
  type RepeatShiftsResult,
  repeatDates,
  type Shift,
  type ShiftListQuery,
  type ShiftScopeQuery,
  type ShiftUpdateResult,
  type ShiftWeek,
  type ShiftWeekQuery,
  type UpdateShift,
  ValidationError,
  weekContaining,
} from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Operation, OperationInput } from '../../http/createApiHandler';
import type { CallerIdentity } from '../../http/staffIdentity';
import { visibleCalendar } from './calendarOperations';

type Id = { id: string };

/** A shift on a calendar the caller may not see answers exactly like a missing one. */
async function visibleShift(repos: ClinicRepositories, caller: CallerIdentity, shiftId: string): Promise<Shift> {
  const shift = await repos.shifts.get(shiftId);
  const calendar = await repos.calendars.get(shift.calendarId).catch(() => undefined);
  if (!calendar || !canSeeCalendar(caller, calendar)) throw new NotFoundError('Shift');
  return shift;
}

/** The calendars a body names, each checked at its own path (`body.calendarIds.2`); all problems at once. */
async function calendarsForShifts(repos: ClinicRepositories, caller: CallerIdentity, ids: readonly string[], path: (index: number) => string): Promise<Calendar[]> {
  const found = await Promise.all(ids.map((id) => visibleCalendar(repos, caller, id).catch((error: unknown) => (error instanceof NotFoundError ? undefined : Promise.reject(error)))));
  const issues: FieldIssue[] = [];
  found.forEach((calendar, index) => {
    if (!calendar) issues.push({ path: path(index), message: 'No calendar with this id.' });
    else if (!calendar.active) issues.push({ path: path(index), message: 'This calendar is inactive; reactivate it to plan shifts.' });
  });
  if (issues.length > 0) throw new ValidationError('A calendar this request refers to cannot take shifts.', issues);
  return found as Calendar[];
}

async function locationCalendars(repos: ClinicRepositories, caller: CallerIdentity, locationId: string): Promise<Calendar[]> {
  const calendars: Calendar[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.calendars.list({ locationId, limit: 100, cursor });
    calendars.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return calendars.filter((calendar) => canSeeCalendar(caller, calendar));
}

export const shiftOperations: Readonly<Record<string, Operation>> = {
  listShifts: async ({ repos, caller, query }: OperationInput<unknown, ShiftListQuery>) => {
    await visibleCalendar(repos, caller, query.calendarId);
    const items = await repos.shifts.listForCalendar(query.calendarId, query.from, query.to);
    return { calendarId: query.calendarId, from: query.from, to: query.to, items };
  },

  getShiftWeek: async ({ repos, caller, query }: OperationInput<unknown, ShiftWeekQuery>): Promise<ShiftWeek> => {
    await repos.locations.get(query.locationId);
    const dates = weekContaining(query.weekOf);
    const [calendars, shifts] = await Promise.all([
      locationCalendars(repos, caller, query.locationId),
      repos.shifts.listForLocation(query.locationId, dates[0]!, dates[6]!),
    ]);
    const byCalendar = new Map<string, Shift[]>();
    for (const shift of shifts) byCalendar.set(shift.calendarId, [...(byCalendar.get(shift.calendarId) ?? []), shift]);
    return {
      locationId: query.locationId,
      dates,
      calendars: calendars
        // Inactive calendars only when they still have shifts that week.
        .filter((calendar) => calendar.active || byCalendar.has(calendar.calendarId))
        .map((calendar) => ({
          calendarId: calendar.calendarId,
          name: calendar.name,
          kind: calendar.kind,
          active: calendar.active,
          shifts: byCalendar.get(calendar.calendarId) ?? [],
        })),
    };
  },

  createShift: async ({ repos, caller, body }: OperationInput<unknown, unknown, CreateShift>) => {
    const [calendar] = await calendarsForShifts(repos, caller, [body.calendarId], () => 'body.calendarId');
    return repos.shifts.create(calendar!, body.date, body);
  },

  repeatShifts: async ({ repos, caller, body }: OperationInput<unknown, unknown, RepeatShifts>): Promise<RepeatShiftsResult> => {
    const calendars = await calendarsForShifts(repos, caller, body.calendarIds, (index) => `body.calendarIds.${index}`);
    const series = await repos.shifts.createSeries(calendars, repeatDates(body), body);
    return {
      count: series.reduce((sum, one) => sum + one.shifts.length, 0),
      series: series.map(({ seriesId, calendarId, shifts }) => ({
        seriesId,
        calendarId,
        start: body.start,
        end: body.end,
        breaks: shifts[0]?.breaks ?? [],
        occurrences: shifts.map(({ date, shiftId }) => ({ date, shiftId })),
      })),
    };
  },

  getShift: async ({ repos, caller, params }: OperationInput<Id>) => visibleShift(repos, caller, params.id),

  updateShift: async ({ repos, caller, params, query, body }: OperationInput<Id, ShiftScopeQuery, UpdateShift>): Promise<ShiftUpdateResult> => {
    await visibleShift(repos, caller, params.id);
    const items = await repos.shifts.update(params.id, body, query.scope);
    return { scope: query.scope, count: items.length, items };
  },

  deleteShift: async ({ repos, caller, params, query }: OperationInput<Id, ShiftScopeQuery>) => {
    await visibleShift(repos, caller, params.id);
    await repos.shifts.remove(params.id, query.scope);
    return undefined;
  },
};
