import { type Calendar, type CreateMember, type Member, providerCalendarFor, type UpdateMember, ValidationError } from '@casefile/core';
import type { ClinicRepositories, PageRequest } from '@casefile/db';
import { requireReference, requireReferences } from '../http/references';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import { identityDirectory } from '../ports/identityDirectory';
import type { Runtime } from '../runtime';

type Id = { id: string };

/** Sign-in follows the member record: role and active flag are mirrored into the identity directory. */
async function syncIdentity(runtime: Runtime, member: Member): Promise<Member> {
  await identityDirectory().putUser({
    email: member.email,
    clinicId: member.clinicId,
    memberId: member.memberId,
    role: member.role,
    active: member.active,
  });
  return member;
}

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
  createMember: async ({ repos, runtime, body }: OperationInput<unknown, unknown, CreateMember>) => {
    await requireReferences(body.disciplineIds, (id) => repos.disciplines.get(id), 'body.disciplineIds', 'discipline');
    return syncIdentity(runtime, await repos.members.create(body, await ownCalendarFor(repos, body)));
  },
  getMember: async ({ repos, params }: OperationInput<Id>) => repos.members.get(params.id),
  updateMember: async ({ repos, runtime, params, body }: OperationInput<Id, unknown, UpdateMember>) =>
    syncIdentity(runtime, await repos.members.update(params.id, body)),
});
