import { describe, expect, it } from 'vitest';
import { addAuthorization, addPayer, assertPolicyFeeItems, DEFAULT_BILLING_POLICY, MAX_CASE_PAYERS, updateAuthorization, updatePayer } from '../../src';
import { clientPayer, insurerPayer, refusalOf } from './billingFixtures';

const authorization = { authorizationId: 'a1', payerId: insurerPayer.payerId, approvedVisits: 5, usedVisits: 0, usedAmountMinor: 0, validFrom: '2026-01-01', validTo: '2026-06-30' };

describe('payers', () => {
  it('adds a payer, up to the limit', () => {
    expect(addPayer([clientPayer], { kind: 'insurer', name: 'X', coverage: { kind: 'remainder' }, active: true }, 'p2').payers).toHaveLength(2);
    const full = Array.from({ length: MAX_CASE_PAYERS }, (_, index) => ({ ...clientPayer, payerId: `p${index}` }));
    expect(refusalOf(() => addPayer(full, { kind: 'client', name: 'Y', coverage: { kind: 'remainder' }, active: true }, 'p11')).details.code).toBe('too_many_payers');
  });

  it('patches a payer; an unknown one is not found', () => {
    expect(updatePayer([clientPayer], clientPayer.payerId, { active: false }).payer.active).toBe(false);
    expect(refusalOf(() => updatePayer([clientPayer], 'nope', { active: false })).outcome).toBe('not_found');
  });
});

describe('authorizations', () => {
  it("needs a payer of the case, named at payerId", () => {
    const error = refusalOf(() => addAuthorization({ payers: [clientPayer], authorizations: [] }, { payerId: 'stranger', approvedVisits: 3, validFrom: '2026-01-01', validTo: '2026-02-01' }, 'a2'));
    expect(error.details.issues).toEqual([{ path: 'payerId', message: 'Not a payer of this case.' }]);
  });

  it('starts unused', () => {
    const { authorization: added } = addAuthorization({ payers: [insurerPayer], authorizations: [] }, { payerId: insurerPayer.payerId, approvedVisits: 3, validFrom: '2026-01-01', validTo: '2026-02-01' }, 'a2');
    expect(added).toMatchObject({ authorizationId: 'a2', usedVisits: 0, usedAmountMinor: 0 });
  });

  it('refuses a range that ends before it starts, at validTo', () => {
    expect(refusalOf(() => updateAuthorization([authorization], 'a1', { validTo: '2025-12-31' })).details.issues?.[0]?.path).toBe('validTo');
    expect(updateAuthorization([authorization], 'a1', { approvedVisits: 8 }).authorization.approvedVisits).toBe(8);
  });
});

describe('assertPolicyFeeItems', () => {
  const policy = { ...DEFAULT_BILLING_POLICY, currency: 'CAD', taxRates: [{ code: 'HST', name: 'HST', basisPoints: 1300 }], noShowFeeItemId: 'fee' };

  it('accepts a fee item taxed with the policy rates', () => {
    expect(() => assertPolicyFeeItems(policy, [{ billingItemId: 'fee', taxCodes: ['HST'] }])).not.toThrow();
  });

  it('names the fee field when its item is missing or taxed otherwise', () => {
    expect(refusalOf(() => assertPolicyFeeItems(policy, [])).details.issues?.[0]?.path).toBe('noShowFeeItemId');
    expect(refusalOf(() => assertPolicyFeeItems(policy, [{ billingItemId: 'fee', taxCodes: ['GST'] }])).details.issues?.[0]?.path).toBe('noShowFeeItemId.taxCodes.0');
  });
});
