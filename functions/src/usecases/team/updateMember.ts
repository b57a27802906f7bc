import type { UpdateMember } from '@casefile/core';
import { identityDirectory } from '../../ports/identityDirectory';
import type { StaffContext } from '../context';
import { changeMember } from './changeMember';

/** Change a team member under the owner-protection rules; their role and active flag follow into sign-in. */
export async function updateMember({ repos, caller }: Pick<StaffContext, 'repos' | 'caller'>, memberId: string, patch: UpdateMember) {
  return changeMember({ repos, identity: identityDirectory(), actor: caller, memberId, patch });
}
