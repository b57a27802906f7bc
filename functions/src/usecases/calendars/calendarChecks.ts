import { type Calendar, canSeeCalendar, type CreateCalendar, NotFoundError, ValidationError } from '@casefile/core';
import { type ClinicRepositories } from '@casefile/db';
import { requireReference, requireReferences } from '../references';
import { type CallerIdentity } from '../../http/staffIdentity';
/** A calendar the caller may not see answers exactly like a missing one. */
export async function visibleCalendar(repos: ClinicRepositories, caller: CallerIdentity, calendarId: string): Promise<Calendar> {
  const calendar = await repos.calendars.get(calendarId);
  if (!canSeeCalendar(caller, calendar)) throw new NotFoundError('Calendar');
  return calendar;
}

export async function checkCalendarReferences(
  repos: ClinicRepositories,
  fields: Pick<Partial<CreateCalendar>, 'locationId' | 'disciplineIds' | 'grantedMemberIds' | 'memberId'>,
): Promise<void> {
  if (fields.locationId) await requireReference(repos.locations.get(fields.locationId), 'locationId', 'location');
  await requireReferences(fields.disciplineIds, (id) => repos.disciplines.get(id), 'disciplineIds', 'discipline');
  await requireReferences(fields.grantedMemberIds, (id) => repos.members.get(id), 'grantedMemberIds', 'team member');
  if (fields.memberId) {
    const member = await requireReference(repos.members.get(fields.memberId), 'memberId', 'team member');
    if (member.role !== 'provider') {
      throw new ValidationError('A provider calendar belongs to a provider.', [{ path: 'memberId', message: 'This team member is not a provider.' }]);
    }
  }
}

