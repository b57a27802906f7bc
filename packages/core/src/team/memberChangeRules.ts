/**
 * Who may change whom on the team. Owners are protected so that no manager can take the clinic over
 * and no clinic is left without an active owner: only an owner may grant or remove the owner role or
 * change an owner; nobody changes their own role or deactivates themselves; the last active owner
 * keeps the role and stays active.
 */
import { DomainError } from '../errors';
import type { Role } from '../permissions';

/** The member asking for the change, with the role their member record has now. */
export interface TeamActor {
  memberId: string;
  role: Role;
}

/** The parts of a member the rules look at. */
export interface MemberStanding {
  memberId: string;
  role: Role;
  active: boolean;
}

export interface MemberChange {
  actor: TeamActor;
  /** The member as stored; undefined when the change adds a new member. */
  before: MemberStanding | undefined;
  after: Pick<MemberStanding, 'role' | 'active'>;
  /** Active owners in the clinic before the change (the member itself included, if one). */
  activeOwnerCount: number;
}

export interface MemberChangeRefusal {
  outcome: 'forbidden' | 'conflict';
  code: string;
  reason: string;
}

/** Undefined when the change is allowed, else why not, in a sentence for the person who asked. */
export function refuseMemberChange(change: MemberChange): MemberChangeRefusal | undefined {
  const { actor, before, after } = change;
  const actorIsOwner = actor.role === 'owner';
  if (!before) {
    return after.role === 'owner' && !actorIsOwner ? forbidden('owner_only', 'Only an owner can add another owner.') : undefined;
  }
  const roleChanges = before.role !== after.role;
  const deactivates = before.active && !after.active;
  if (before.memberId === actor.memberId) {
    if (roleChanges) return forbidden('own_role', 'You cannot change your own role; ask an owner of the clinic to do it.');
    if (deactivates) return forbidden('own_deactivation', 'You cannot deactivate yourself; ask an owner of the clinic to do it.');
  }
  if (!actorIsOwner) {
    if (before.role === 'owner') return forbidden('owner_only', "Only an owner can change an owner's details, role or access.");
    if (after.role === 'owner') return forbidden('owner_only', 'Only an owner can make someone an owner.');
  }
  if (needsActiveOwnerCount(before, after) && change.activeOwnerCount <= 1) {
    return {
      outcome: 'conflict',
      code: 'last_owner',
      reason: "This is the clinic's last active owner; make another member an owner first.",
    };
  }
  return undefined;
}

/** Whether the change takes an active owner away, so the rules need the clinic's active owners counted (a query). */
export function needsActiveOwnerCount(before: MemberStanding | undefined, after: Pick<MemberStanding, 'role' | 'active'>): boolean {
  return before?.role === 'owner' && before.active && (after.role !== 'owner' || !after.active);
}

export function activeOwnersOf<T extends Pick<MemberStanding, 'role' | 'active'>>(members: readonly T[]): T[] {
  return members.filter((member) => member.role === 'owner' && member.active);
}

/** The refusal as the domain error the HTTP edge turns into a 403 or 409 problem document. */
export function memberChangeError(refusal: MemberChangeRefusal): DomainError {
  return new DomainError(refusal.outcome, refusal.reason, { code: refusal.code });
}

function forbidden(code: string, reason: string): MemberChangeRefusal {
  return { outcome: 'forbidden', code, reason };
}
