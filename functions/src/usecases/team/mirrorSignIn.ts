import type { IdentityDirectory } from '@casefile/adapters';
import type { Member } from '@casefile/core';

/** Sign-in follows the member record: role and active flag are mirrored into the identity directory. */
export async function mirrorSignIn(identity: IdentityDirectory, member: Member): Promise<Member> {
  await identity.putUser({
    email: member.email,
    clinicId: member.clinicId,
    memberId: member.memberId,
    role: member.role,
    active: member.active,
  });
  return member;
}
