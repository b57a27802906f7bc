import type { Member } from '@casefile/core';
import type { Runtime } from '../../runtime';

/** Sign-in follows the member record: role and active flag are mirrored into the identity directory. */
export async function syncIdentity(runtime: Runtime, member: Member): Promise<Member> {
  await runtime.identity.putUser({
    email: member.email,
    clinicId: member.clinicId,
    memberId: member.memberId,
    role: member.role,
    active: member.active,
  });
  return member;
}
