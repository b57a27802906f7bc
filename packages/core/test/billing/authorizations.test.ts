import { describe, expect, it } from 'vitest';
import { authorizationFor, authorizationStanding, crossesThreshold, remainingVisits, type AuthorizationState } from '../../src';

const auth = (overrides: Partial<AuthorizationState> & Pick<AuthorizationState, 'authorizationId'>): AuthorizationState => ({
  payerId: 'insurer',
  approvedVisits: 10,
  usedVisits: 0,
  usedAmountMinor: 0,
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  ...overrides,
});

describe('authorizationFor', () => {
  it('picks the one valid that day with the earliest validTo, skipping exhausted ones and other payers', () => {
    const auths = [
      auth({ authorizationId: 'late', validTo: '2026-12-31' }),
      auth({ authorizationId: 'early-used-up', validTo: '2026-03-31', usedVisits: 10 }),
      auth({ authorizationId: 'early', validTo: '2026-06-30' }),
      auth({ authorizationId: 'other-payer', payerId: 'mva', validTo: '2026-02-28' }),
      auth({ authorizationId: 'not-yet', validFrom: '2026-05-01', validTo: '2026-05-31' }),
    ];
    expect(authorizationFor(auths, 'insurer', '2026-03-15')?.authorizationId).toBe('early');
    expect(authorizationFor(auths, 'insurer', '2026-05-10')?.authorizationId).toBe('not-yet');
    expect(authorizationFor(auths, 'insurer', '2026-07-01')?.authorizationId).toBe('late');
    expect(authorizationFor(auths, 'mva', '2026-03-01')).toBeUndefined();
    expect(authorizationFor(auths, 'client', '2026-03-01')).toBeUndefined();
  });

  it('includes both ends of the validity range', () => {
    const auths = [auth({ authorizationId: 'a', validFrom: '2026-02-01', validTo: '2026-02-28' })];
    expect(authorizationFor(auths, 'insurer', '2026-01-31')).toBeUndefined();
    expect(authorizationFor(auths, 'insurer', '2026-02-01')?.authorizationId).toBe('a');
    expect(authorizationFor(auths, 'insurer', '2026-02-28')?.authorizationId).toBe('a');
    expect(authorizationFor(auths, 'insurer', '2026-03-01')).toBeUndefined();
  });

  it('treats an amount-only authorization as exhausted when its amount is used up', () => {
    const amountOnly = auth({ authorizationId: 'm', approvedVisits: undefined, approvedAmountMinor: 50_000, usedAmountMinor: 49_999 });
    expect(authorizationFor([amountOnly], 'insurer', '2026-03-01')?.authorizationId).toBe('m');
    expect(authorizationFor([{ ...amountOnly, usedAmountMinor: 50_000 }], 'insurer', '2026-03-01')).toBeUndefined();
    expect(remainingVisits(amountOnly)).toBeUndefined();
  });
});

describe('remainingVisits', () => {
  it('is approved minus used, never below zero', () => {
    expect(remainingVisits(auth({ authorizationId: 'a', usedVisits: 3 }))).toBe(7);
    expect(remainingVisits(auth({ authorizationId: 'a', usedVisits: 12 }))).toBe(0);
  });
});

describe('authorizationStanding', () => {
  it('is none without authorizations, ok with room, exhausted when used up, expired when none is valid that day', () => {
    expect(authorizationStanding([], '2026-03-01')).toBe('none');
    expect(authorizationStanding([auth({ authorizationId: 'a' })], '2026-03-01')).toBe('ok');
    expect(authorizationStanding([auth({ authorizationId: 'a', usedVisits: 10 })], '2026-03-01')).toBe('exhausted');
    expect(authorizationStanding([auth({ authorizationId: 'a', validTo: '2026-02-28' })], '2026-03-01')).toBe('expired');
    expect(authorizationStanding([auth({ authorizationId: 'a', validTo: '2026-02-28' }), auth({ authorizationId: 'b', usedVisits: 10 })], '2026-03-01')).toBe('exhausted');
    expect(authorizationStanding([auth({ authorizationId: 'a', usedVisits: 10 }), auth({ authorizationId: 'b', payerId: 'mva' })], '2026-03-01')).toBe('ok');
  });
});

describe('crossesThreshold', () => {
  it('fires once, on the visit that takes remaining from above the threshold to at or below it', () => {
    expect(crossesThreshold(3, 2, 2)).toBe(true);
    expect(crossesThreshold(4, 3, 2)).toBe(false);
    expect(crossesThreshold(2, 1, 2)).toBe(false);
    expect(crossesThreshold(1, 0, 0)).toBe(true);
    expect(crossesThreshold(undefined, undefined, 2)).toBe(false);
    // A rollback giving a visit back does not fire.
    expect(crossesThreshold(2, 3, 2)).toBe(false);
  });
});
