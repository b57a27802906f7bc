import {
  type Calendar,
  type CalendarListQuery,
  canSeeCalendar,
  type CreateCalendar,
  NotFoundError,
  type UpdateCalendar,
  ValidationError,
} from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { Operation, OperationInput } from '../../http/createApiHandler';
import { requireReference, requireReferences } from '../../http/references';
import type { CallerIdentity } from '../../http/staffIdentity';

type Id = { id: string };

/** A calendar the caller may not see answers exactly like a missing one. */
export async function visibleCalendar(repos: ClinicRepositories, caller: CallerIdentity, calendarId: string): Promise<Calendar> {
  const calendar = await repos.calendars.get(calendarId);
  if (!canSeeCalendar(caller, calendar)) throw new NotFoundError('Calendar');
  return calendar;
}

async function checkCalendarReferences(
  repos: ClinicRepositories,
  fields: Pick<Partial<CreateCalendar>, 'locationId' | 'disciplineIds' | 'grantedMemberIds' | 'memberId'>,
): Promise<void> {
  if (fields.locationId) await requireReference(repos.locations.get(fields.locationId), 'body.locationId', 'location');
  await requireReferences(fields.disciplineIds, (id) => repos.disciplines.get(id), 'body.disciplineIds', 'discipline');
  await requireReferences(fields.grantedMemberIds, (id) => repos.members.get(id), 'body.grantedMemberIds', 'team member');
  if (fields.memberId) {
    const member = await requireReference(repos.members.get(fields.memberId), 'body.memberId', 'team member');
    if (member.role !== 'provider') {
      throw new ValidationError('A provider calendar belongs to a provider.', [{ path: 'body.memberId', message: 'This team member is not a provider.' }]);
    }
  }
}

export const calendarOperations: Readonly<Record<string, Operation>> = {
  listCalendars: async ({ repos, caller, query }: OperationInput<unknown, CalendarListQuery>) => {
    const page = await repos.calendars.list(query);
    return { ...page, items: page.items.filter((calendar) => canSeeCalendar(caller, calendar)) };
  },
  createCalendar: async ({ repos, body }: OperationInput<unknown, unknown, CreateCalendar>) => {
    await checkCalendarReferences(repos, body);
    return repos.calendars.create(body);
  },
  getCalendar: async ({ repos, caller, params }: OperationInput<Id>) => visibleCalendar(repos, caller, params.id),
  updateCalendar: async ({ repos, params, body }: OperationInput<Id, unknown, UpdateCalendar>) => {
    const before = await repos.calendars.get(params.id);
    await checkCalendarReferences(repos, body);
    const updated = await repos.calendars.update(params.id, body);
    // Shifts carry their calendar's location for the weekly planning view; a retried PATCH finishes a partial move.
    if (updated.locationId !== before.locationId || body.locationId) await repos.shifts.relocateCalendar(updated.calendarId, updated.locationId);
    return updated;
  },
};
