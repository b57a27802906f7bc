import type { Member } from '@casefile/core';
import { identityDirectory } from '../../ports/identityDirectory';

/** Sign-in follows the member record: role and active flag are mirrored into the identity directory. */
export async function syncIdentity(member: Member): Promise<Member> {
  await identityDirectory().putUser({
    email: member.email,
    clinicId: member.clinicId,
    memberId: member.memberId,
    role: member.role,
    active: member.active,
  });
  return member;
}
