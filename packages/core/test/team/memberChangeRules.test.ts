import { describe, expect, it } from 'vitest';
import { activeOwnersOf, type MemberChange, type MemberStanding, refuseMemberChange, type TeamActor } from '../../src/team/memberChangeRules';
import { isSignInOfAnotherClinic } from '../../src/team/signInIdentity';

const owner: MemberStanding = { memberId: 'owner-1', role: 'owner', active: true };
const otherOwner: MemberStanding = { memberId: 'owner-2', role: 'owner', active: true };
const manager: MemberStanding = { memberId: 'manager-1', role: 'manager', active: true };
const provider: MemberStanding = { memberId: 'provider-1', role: 'provider', active: true };

const as = (member: MemberStanding): TeamActor => ({ memberId: member.memberId, role: member.role });
const change = (actor: MemberStanding, before: MemberStanding | undefined, after: Partial<MemberStanding>, activeOwnerCount = 2): MemberChange => ({
  actor: as(actor),
  before,
  after: { role: after.role ?? before?.role ?? 'provider', active: after.active ?? before?.active ?? true },
  activeOwnerCount,
});

describe('member change rules', () => {
  it.each([
    ['a manager makes themselves owner', change(manager, manager, { role: 'owner' }), 'own_role'],
    ['a manager demotes an owner', change(manager, owner, { role: 'provider' }), 'owner_only'],
    ['a manager deactivates an owner', change(manager, owner, { active: false }), 'owner_only'],
    ["a manager edits an owner's details", change(manager, owner, {}), 'owner_only'],
    ['a manager promotes a provider to owner', change(manager, provider, { role: 'owner' }), 'owner_only'],
    ['a manager adds a new owner', change(manager, undefined, { role: 'owner' }), 'owner_only'],
    ['an owner changes their own role', change(owner, owner, { role: 'manager' }), 'own_role'],
    ['an owner deactivates themselves', change(owner, owner, { active: false }), 'own_deactivation'],
  ])('forbids: %s', (_case, request, code) => {
    expect(refuseMemberChange(request)).toMatchObject({ outcome: 'forbidden', code });
  });

  it.each([
    ['demoted', { role: 'manager' as const }],
    ['deactivated', { active: false }],
  ])('refuses with a conflict when the last active owner would be %s', (_case, after) => {
    expect(refuseMemberChange(change(otherOwner, owner, after, 1))).toMatchObject({ outcome: 'conflict', code: 'last_owner' });
    expect(refuseMemberChange(change(otherOwner, owner, after, 2))).toBeUndefined();
  });

  it.each([
    ['a manager changes a provider', change(manager, provider, { role: 'front_desk' })],
    ['a manager deactivates a provider', change(manager, provider, { active: false })],
    ['a manager adds a provider', change(manager, undefined, { role: 'provider' })],
    ['an owner makes a manager owner', change(owner, manager, { role: 'owner' })],
    ['an owner adds an owner', change(owner, undefined, { role: 'owner' })],
    ['an owner edits their own details', change(owner, owner, {}, 1)],
    ['an owner reactivates an owner', change(owner, { ...otherOwner, active: false }, { active: true }, 1)],
    ['a manager edits their own details', change(manager, manager, {})],
  ])('allows: %s', (_case, request) => {
    expect(refuseMemberChange(request)).toBeUndefined();
  });

  it('counts only owners who are active', () => {
    expect(activeOwnersOf([owner, { ...otherOwner, active: false }, manager])).toEqual([owner]);
  });
});

describe('sign-in identities', () => {
  it('belong to one clinic: another clinic may not take them over', () => {
    expect(isSignInOfAnotherClinic({ clinicId: 'clinic-b' }, 'clinic-a')).toBe(true);
    expect(isSignInOfAnotherClinic({ clinicId: 'clinic-a' }, 'clinic-a')).toBe(false);
    expect(isSignInOfAnotherClinic({ clinicId: '' }, 'clinic-a')).toBe(false);
    expect(isSignInOfAnotherClinic(undefined, 'clinic-a')).toBe(false);
  });
});
