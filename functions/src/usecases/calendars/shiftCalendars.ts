import { type Calendar, canSeeCalendar, type FieldIssue, NotFoundError, type Shift, ValidationError } from '@casefile/core';
import { type ClinicRepositories } from '@casefile/db';
import { type CallerIdentity } from '../../http/staffIdentity';
import { visibleCalendar } from './calendarChecks';
/** Shift operations (SPEC C2): the rules are core's, the writes the shift repository's. */


/** A shift on a calendar the caller may not see answers exactly like a missing one. */
export async function visibleShift(repos: ClinicRepositories, caller: CallerIdentity, shiftId: string): Promise<Shift> {
  const shift = await repos.shifts.get(shiftId);
  const calendar = await repos.calendars.get(shift.calendarId).catch(() => undefined);
  if (!calendar || !canSeeCalendar(caller, calendar)) throw new NotFoundError('Shift');
  return shift;
}

/** The calendars a body names, each checked at its own path (`calendarIds.2`); all problems at once. */
export async function calendarsForShifts(repos: ClinicRepositories, caller: CallerIdentity, ids: readonly string[], path: (index: number) => string): Promise<Calendar[]> {
  const found = await Promise.all(ids.map((id) => visibleCalendar(repos, caller, id).catch((error: unknown) => (error instanceof NotFoundError ? undefined : Promise.reject(error)))));
  const issues: FieldIssue[] = [];
  found.forEach((calendar, index) => {
    if (!calendar) issues.push({ path: path(index), message: 'No calendar with this id.' });
    else if (!calendar.active) issues.push({ path: path(index), message: 'This calendar is inactive; reactivate it to plan shifts.' });
  });
  if (issues.length > 0) throw new ValidationError('A calendar this request refers to cannot take shifts.', issues);
  return found as Calendar[];
}

export async function locationCalendars(repos: ClinicRepositories, caller: CallerIdentity, locationId: string): Promise<Calendar[]> {
  const calendars: Calendar[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.calendars.list({ locationId, limit: 100, cursor });
    calendars.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return calendars.filter((calendar) => canSeeCalendar(caller, calendar));
}

