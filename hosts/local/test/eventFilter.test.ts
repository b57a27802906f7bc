import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STREAM_CONSUMERS } from '@casefile/functions/consumers';
import { EventFilterError, compileFilters, matchesFilter } from '../src/eventFilter';
import type { FilterPattern } from '@casefile/functions/consumers';

const record = {
  eventName: 'MODIFY',
  eventVersion: '1.1',
  dynamodb: {
    ApproximateCreationDateTime: 1772366400,
    SizeBytes: 120,
    NewImage: { __edb_e__: { S: 'client' }, email: { S: 'Ann@Example.com' }, active: { BOOL: true }, tags: { L: [{ S: 'vip' }, { S: 'new' }] }, note: { NULL: true } },
    OldImage: { __edb_e__: { S: 'client' } },
  },
};

describe('event filter', () => {
  it.each<[string, FilterPattern, boolean]>([
    ['literal in a nested object', { dynamodb: { NewImage: { __edb_e__: { S: ['client', 'caseFile'] } } } }, true],
    ['literal not listed', { dynamodb: { NewImage: { __edb_e__: { S: ['caseFile'] } } } }, false],
    ['several fields, all must match', { eventName: ['MODIFY'], dynamodb: { NewImage: { __edb_e__: { S: ['client'] } } } }, true],
    ['several fields, one fails', { eventName: ['INSERT'], dynamodb: { NewImage: { __edb_e__: { S: ['client'] } } } }, false],
    ['boolean literal', { dynamodb: { NewImage: { active: { BOOL: [true] } } } }, true],
    ['null literal', { dynamodb: { NewImage: { note: { NULL: [true] } } } }, true],
    ['number literal', { dynamodb: { SizeBytes: [120] } }, true],
    ['a number does not equal its string', { dynamodb: { SizeBytes: ['120'] } }, false],
    ['exists true on a leaf', { dynamodb: { NewImage: { email: { S: [{ exists: true }] } } } }, true],
    ['exists true on a missing field', { dynamodb: { NewImage: { phone: { S: [{ exists: true }] } } } }, false],
    ['exists true on an object is false (leaves only)', { dynamodb: { NewImage: { email: [{ exists: true }] } } }, false],
    ['exists false on a missing field', { dynamodb: { NewImage: { phone: { S: [{ exists: false }] } } } }, true],
    ['exists false under a missing parent', { dynamodb: { OldImage: { email: { S: [{ exists: false }] } } } }, true],
    ['exists false on a present field', { dynamodb: { NewImage: { email: { S: [{ exists: false }] } } } }, false],
    ['prefix', { dynamodb: { NewImage: { email: { S: [{ prefix: 'Ann@' }] } } } }, true],
    ['prefix is case-sensitive', { dynamodb: { NewImage: { email: { S: [{ prefix: 'ann@' }] } } } }, false],
    ['suffix', { dynamodb: { NewImage: { email: { S: [{ suffix: '.com' }] } } } }, true],
    ['equals-ignore-case', { dynamodb: { NewImage: { email: { S: [{ 'equals-ignore-case': 'ann@example.COM' }] } } } }, true],
    ['anything-but a list', { eventName: [{ 'anything-but': ['INSERT', 'REMOVE'] }] }, true],
    ['anything-but the value', { eventName: [{ 'anything-but': 'MODIFY' }] }, false],
    ['anything-but a prefix', { eventName: [{ 'anything-but': { prefix: 'MOD' } }] }, false],
    ['anything-but on a missing field', { eventSource: [{ 'anything-but': ['x'] }] }, false],
    ['numeric range', { dynamodb: { SizeBytes: [{ numeric: ['>', 100, '<=', 120] }] } }, true],
    ['numeric outside the range', { dynamodb: { SizeBytes: [{ numeric: ['>=', 121] }] } }, false],
    ['numeric equals', { dynamodb: { ApproximateCreationDateTime: [{ numeric: ['=', 1772366400] }] } }, true],
    ['numeric never matches a string (DynamoDB N)', { eventVersion: [{ numeric: ['>', 1] }] }, false],
    ['an array value matches when any element does', { dynamodb: { NewImage: { tags: { L: { S: ['new'] } } } } }, true],
    ['mixed list: literal or operator', { eventName: ['INSERT', { prefix: 'MOD' }] }, true],
  ])('%s', (_name, pattern, expected) => {
    expect(matchesFilter(pattern, record)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['an unknown operator', { eventName: [{ wildcard: 'MOD*' }] }],
    ['$or', { $or: [{ eventName: ['INSERT'] }] }],
    ['an empty value list', { eventName: [] }],
    ['a bare literal instead of a list', { eventName: 'INSERT' }],
    ['numeric with a bad operator', { dynamodb: { SizeBytes: [{ numeric: ['!=', 1] }] } }],
    ['numeric with a string bound', { dynamodb: { SizeBytes: [{ numeric: ['>', '1'] }] } }],
    ['exists with a non-boolean', { eventName: [{ exists: 'yes' }] }],
    ['two operators in one object', { eventName: [{ prefix: 'a', suffix: 'b' }] }],
  ])('rejects %s when compiled', (_name, pattern) => {
    expect(() => compileFilters([pattern as FilterPattern])).toThrow(EventFilterError);
  });

  it('ORs a list of patterns', () => {
    const matches = compileFilters([{ eventName: ['INSERT'] }, { eventName: ['MODIFY'] }]);

    expect(matches(record)).toBe(true);
    expect(matches({ ...record, eventName: 'REMOVE' })).toBe(false);
  });

  it('applies the audit consumer filters: changes to audited entities, and their removals', () => {
    const audit = STREAM_CONSUMERS.find((consumer) => consumer.consumer === 'audit');
    const matches = compileFilters(audit?.filters ?? []);
    const image = (entity: string) => ({ __edb_e__: { S: entity } });

    expect(matches({ eventName: 'INSERT', dynamodb: { NewImage: image('client') } })).toBe(true);
    expect(matches({ eventName: 'REMOVE', dynamodb: { OldImage: image('client') } })).toBe(true);
    expect(matches({ eventName: 'INSERT', dynamodb: { NewImage: image('auditEvent') } })).toBe(false);
    expect(matches({ eventName: 'MODIFY', dynamodb: { OldImage: image('client') } })).toBe(false);
  });

  it('a list of literals matches exactly its members (property)', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(leaf, { minLength: 1 }), leaf, (allowed, value) => {
        expect(matchesFilter({ field: allowed }, { field: value })).toBe(allowed.includes(value));
      }),
    );
  });

  it('anything-but is the complement of the literal list for present leaves (property)', () => {
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(fc.array(leaf, { minLength: 1 }), leaf, (excluded, value) => {
        expect(matchesFilter({ field: [{ 'anything-but': excluded }] }, { field: value })).toBe(!matchesFilter({ field: excluded }, { field: value }));
      }),
    );
  });
});
