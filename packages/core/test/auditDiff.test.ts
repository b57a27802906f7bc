import { describe, expect, it } from 'vitest';
import { diffRecords } from '../src';

describe('diffRecords', () => {
  it('lists changed, added and removed fields with before and after, ignoring bookkeeping', () => {
    const before = { name: 'A', phone: '1', tags: ['x'], updatedAt: 't1', updatedBy: 'u1' };
    const after = { name: 'B', email: 'e', tags: ['x'], updatedAt: 't2', updatedBy: 'u2' };
    expect(diffRecords(before, after)).toEqual({
      email: { before: null, after: 'e' },
      name: { before: 'A', after: 'B' },
      phone: { before: '1', after: null },
    });
  });

  it('compares nested values by content', () => {
    expect(diffRecords({ address: { city: 'X' } }, { address: { city: 'X' } })).toEqual({});
    expect(diffRecords({ address: { city: 'X' } }, { address: { city: 'Y' } })).toEqual({
      address: { before: { city: 'X' }, after: { city: 'Y' } },
    });
  });

  it('treats creation and deletion as every field changing', () => {
    expect(diffRecords(undefined, { a: 1 })).toEqual({ a: { before: null, after: 1 } });
    expect(diffRecords({ a: 1 }, undefined)).toEqual({ a: { before: 1, after: null } });
  });
});
