import type { IdentityDirectory } from '@casefile/adapters';
import { countActiveOwners, type Member, memberChangeError, refuseMemberChange, type TeamActor, type UpdateMember } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { mirrorSignIn } from './mirrorSignIn';

export interface ChangeMemberInput {
  repos: ClinicRepositories;
  identity: IdentityDirectory;
  actor: TeamActor;
  memberId: string;
  patch: UpdateMember;
}

/**
 * Change a member under the owner-protection rules (decided on the version written), then mirror
 * sign-in; a deactivation also ends the member's sessions everywhere.
 */
export async function changeMember({ repos, identity, actor, memberId, patch }: ChangeMemberInput): Promise<Member> {
  // Only a change of role or access can take an owner away; then the rules need the owners counted.
  const activeOwnerCount = patch.role !== undefined || patch.active !== undefined ? countActiveOwners(await listAllMembers(repos)) : 0;
  let deactivated = false;
  const updated = await repos.members.update(memberId, patch, (before, after) => {
    const refusal = refuseMemberChange({ actor, before, after, activeOwnerCount });
    if (refusal) throw memberChangeError(refusal);
    deactivated = before.active && !after.active;
    return after;
  });
  if (deactivated) await identity.signOutEverywhere(updated.email);
  return mirrorSignIn(identity, updated);
}

async function listAllMembers(repos: ClinicRepositories): Promise<Member[]> {
  const members: Member[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.members.list({ limit: 100, ...(cursor ? { cursor } : {}) });
    members.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return members;
}
