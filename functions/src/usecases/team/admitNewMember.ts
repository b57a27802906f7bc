import type { IdentityDirectory } from '@casefile/adapters';
import { type CreateMember, isSignInOfAnotherClinic, memberChangeError, normalizeEmail, refuseMemberChange, signInTakenError, type TeamActor } from '@casefile/core';

/**
 * Before a member is added: only an owner adds an owner, and an email that already signs in to
 * another clinic is refused (one sign-in per email), before anything is written.
 */
export async function admitNewMember(identity: IdentityDirectory, clinicId: string, actor: TeamActor, input: CreateMember): Promise<void> {
  const refusal = refuseMemberChange({ actor, before: undefined, after: { role: input.role, active: input.active }, activeOwnerCount: 0 });
  if (refusal) throw memberChangeError(refusal);
  if (isSignInOfAnotherClinic(await identity.findByEmail(normalizeEmail(input.email)), clinicId)) throw signInTakenError();
}
