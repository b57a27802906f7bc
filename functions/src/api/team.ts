import type { CreateMember, Member, UpdateMember } from '@casefile/core';
import type { PageRequest } from '@casefile/db';
import { createApiHandler, type OperationInput } from '../http/createApiHandler';
import type { Runtime } from '../runtime';

type Id = { id: string };

/** Sign-in follows the member record: role and active flag are mirrored into the identity directory. */
async function syncIdentity(runtime: Runtime, member: Member): Promise<Member> {
  await runtime.identity.putUser({
    email: member.email,
    clinicId: member.clinicId,
    memberId: member.memberId,
    role: member.role,
    active: member.active,
  });
  return member;
}

/** Team members and their roles. */
export const handler = createApiHandler('team', {
  listMembers: async ({ repos, query }: OperationInput<unknown, PageRequest>) => repos.members.list(query),
  createMember: async ({ repos, runtime, body }: OperationInput<unknown, unknown, CreateMember>) =>
    syncIdentity(runtime, await repos.members.create(body)),
  getMember: async ({ repos, params }: OperationInput<Id>) => repos.members.get(params.id),
  updateMember: async ({ repos, runtime, params, body }: OperationInput<Id, unknown, UpdateMember>) =>
    syncIdentity(runtime, await repos.members.update(params.id, body)),
});
