import { describe, expect, it } from 'vitest';
import { matchesGivenName, phoneSearchKeys } from '../src/searchKeys';

describe('client search keys (issue 16)', () => {
  it.each([
    ['416 555 0144', ['4165550144', '14165550144']],
    ['+1 (416) 555-0144', ['14165550144', '4165550144']],
    ['555.0144', ['5550144']],
    ['', []],
  ])('finds a phone typed as %j under %j', (typed, keys) => {
    expect(phoneSearchKeys(typed)).toEqual(keys);
  });

  const emma = { firstName: 'Emma', lastName: 'Thompson' };
  it.each([
    ['emma', true],
    ['EM', true],
    ['emma thom', true],
    ['emma smith', false],
    ['thompson', false],
    ['', false],
  ])('given name %j matches Emma Thompson: %s', (text, expected) => {
    expect(matchesGivenName(emma, text)).toBe(expected);
  });

  it('matches the preferred name and ignores accents', () => {
    expect(matchesGivenName({ firstName: 'Chloé', lastName: 'Tremblay' }, 'chloe')).toBe(true);
    expect(matchesGivenName({ firstName: 'William', preferredName: 'Bill', lastName: 'Ferreira' }, 'bil')).toBe(true);
  });
});
