import { type Calendar, type CreateMember, providerCalendarFor, ValidationError } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { requireReference, requireReferences } from '../references';
import type { StaffContext } from '../context';
import { identityDirectory } from '../../ports/identityDirectory';
import { admitNewMember } from './admitNewMember';
import { mirrorSignIn } from './mirrorSignIn';

/** Add a team member (a provider with their own calendar) and let them sign in. */
export async function createMember({ repos, caller }: Pick<StaffContext, 'repos' | 'caller'>, request: CreateMember) {
  await requireReferences(request.disciplineIds, (id) => repos.disciplines.get(id), 'disciplineIds', 'discipline');
  await admitNewMember(identityDirectory(), repos.clinicId, caller, request);
  return mirrorSignIn(identityDirectory(), await repos.members.create(request, await ownCalendarFor(repos, request)));
}

/**
 * A new provider gets their own calendar (SPEC C1), at the location asked for or the clinic's first
 * active one, accepting the provider's disciplines.
 */
async function ownCalendarFor(repos: ClinicRepositories, input: CreateMember): Promise<((memberId: string) => Calendar) | undefined> {
  if (input.role !== 'provider') return undefined;
  let locationId = input.calendarLocationId;
  if (locationId) {
    await requireReference(repos.locations.get(locationId), 'calendarLocationId', 'location');
  } else {
    const locations = await repos.locations.list({ limit: 100 });
    locationId = locations.items.find((location) => location.active)?.locationId;
    if (!locationId) {
      throw new ValidationError("A provider's calendar needs a location; add one first.", [
        { path: 'calendarLocationId', message: 'The clinic has no active location.' },
      ]);
    }
  }
  const calendarLocation = locationId;
  return (memberId) => repos.calendars.draft(providerCalendarFor({ ...input, memberId }, calendarLocation));
}
