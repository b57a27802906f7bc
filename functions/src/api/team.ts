import { type Calendar, type CreateMember, providerCalendarFor, type UpdateMember, ValidationError } from '@casefile/core';
import type { ClinicRepositories, PageRequest } from '@casefile/db';
import { requireReference, requireReferences } from '../http/references';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import { admitNewMember } from '../usecases/team/admitNewMember';
import { changeMember } from '../usecases/team/changeMember';
import { mirrorSignIn } from '../usecases/team/mirrorSignIn';

type Id = { id: string };

/**
 * A new provider gets their own calendar (SPEC C1), at the location asked for or the clinic's first
 * active one, accepting the provider's disciplines.
 */
async function ownCalendarFor(repos: ClinicRepositories, input: CreateMember): Promise<((memberId: string) => Calendar) | undefined> {
  if (input.role !== 'provider') return undefined;
  let locationId = input.calendarLocationId;
  if (locationId) {
    await requireReference(repos.locations.get(locationId), 'body.calendarLocationId', 'location');
  } else {
    const locations = await repos.locations.list({ limit: 100 });
    locationId = locations.items.find((location) => location.active)?.locationId;
    if (!locationId) {
      throw new ValidationError("A provider's calendar needs a location; add one first.", [
        { path: 'body.calendarLocationId', message: 'The clinic has no active location.' },
      ]);
    }
  }
  const calendarLocation = locationId;
  return (memberId) => repos.calendars.draft(providerCalendarFor({ ...input, memberId }, calendarLocation));
}

/** Team members and their roles. */
export const handler = createApiHandler('team', {
  listMembers: async ({ repos, query }: OperationInput<unknown, PageRequest>) => repos.members.list(query),
  createMember: async ({ repos, runtime, caller, body }: OperationInput<unknown, unknown, CreateMember>) => {
    await requireReferences(body.disciplineIds, (id) => repos.disciplines.get(id), 'body.disciplineIds', 'discipline');
    await admitNewMember(runtime.identity, repos.clinicId, caller, body);
    return mirrorSignIn(runtime.identity, await repos.members.create(body, await ownCalendarFor(repos, body)));
  },
  getMember: async ({ repos, params }: OperationInput<Id>) => repos.members.get(params.id),
  updateMember: async ({ repos, runtime, caller, params, body }: OperationInput<Id, unknown, UpdateMember>) =>
    changeMember({ repos, identity: runtime.identity, actor: caller, memberId: params.id, patch: body }),
});
