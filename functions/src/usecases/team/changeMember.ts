import type { IdentityDirectory } from '@casefile/adapters';
import { activeOwnersOf, type Member, memberChangeError, refuseMemberChange, type TeamActor, type UpdateMember } from '@casefile/core';
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
 * Change a member under the owner-protection rules, decided on the version written, then mirror
 * sign-in; a deactivation also ends the member's sessions everywhere.
 */
export async function changeMember({ repos, identity, actor, memberId, patch }: ChangeMemberInput): Promise<Member> {
  let deactivated = false;
  const decideWith =
    (activeOwnerCount: number) =>
    <T extends Member>(before: T, after: T): T => {
      const refusal = refuseMemberChange({ actor, before, after, activeOwnerCount });
      if (refusal) throw memberChangeError(refusal);
      deactivated = before.active && !after.active;
      return after;
    };
  let updated: Member;
  if (patch.role !== undefined || patch.active !== undefined) {
    // Only a change of role or access can take an owner away. The owners are counted, and the write
    // holds only while none of them changed: two owners demoting each other at once cannot leave
    // the clinic without one.
    const owners = activeOwnersOf(await repos.members.listAll());
    updated = await repos.members.updateWhileUnchanged(memberId, patch, decideWith(owners.length), owners);
  } else {
    updated = await repos.members.update(memberId, patch, decideWith(0));
  }
  if (deactivated) await identity.signOutEverywhere(updated.email);
  return mirrorSignIn(identity, updated);
}
