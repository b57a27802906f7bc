import type { UpdateMember } from '@casefile/core';
import type { StaffContext } from '../context';
import { syncIdentity } from './syncIdentity';

/** Change a team member; their role and active flag follow into the identity directory. */
export async function updateMember({ repos }: Pick<StaffContext, 'repos'>, memberId: string, request: UpdateMember) {
  return syncIdentity(await repos.members.update(memberId, request));
}
