import { describe, expect, it } from 'vitest';
import { ACTIONS, isAllowed, isRole, PERMISSIONS, ROLES } from '../src';

describe('permissions table', () => {
  it('names only known roles for every action, and every action has an owner', () => {
    for (const action of ACTIONS) {
      expect(PERMISSIONS[action].every(isRole)).toBe(true);
      expect(isAllowed('owner', action)).toBe(true);
    }
  });

  it.each([
    ['front_desk', 'clients:write', true],
    ['billing', 'clients:write', false],
    ['provider', 'team:manage', false],
    ['manager', 'audit:read', true],
    ['front_desk', 'audit:read', false],
  ] as const)('%s may %s: %s', (role, action, expected) => {
    expect(isAllowed(role, action)).toBe(expected);
  });

  it('rejects unknown role names', () => {
    expect(isRole('admin')).toBe(false);
    expect(ROLES.every(isRole)).toBe(true);
  });
});
