import { describe, expect, it } from 'vitest';
import { type BillingItem, draftManualCharges, updateOpenCharge } from '../../src';
import { aCharge, clientPayer, insurerPayer, refusalOf } from './billingFixtures';

const taxRates = [{ code: 'HST', name: 'HST', basisPoints: 1300 }];
const item = { billingItemId: 'item-1', code: 'EXT', description: 'Extra', unitPriceMinor: 5000, taxCodes: ['HST'], active: true } as BillingItem;
let ids = 0;
const base = { caseId: 'case', clientId: 'client', taxRates, item, newId: () => `id-${++ids}` };

describe('draftManualCharges', () => {
  it("splits across the case's active payers by coverage when no payer is named", () => {
    const charges = draftManualCharges({ ...base, payers: [insurerPayer, clientPayer], request: { billingItemId: 'item-1', quantity: 2, serviceDate: '2026-03-02' } });
    expect(charges.map((charge) => [charge.payerId, charge.subtotalMinor, charge.totalMinor, charge.source])).toEqual([
      [insurerPayer.payerId, 8000, 9040, 'manual'],
      [clientPayer.payerId, 2000, 2260, 'manual'],
    ]);
  });

  it('charges the named payer all of it', () => {
    const charges = draftManualCharges({ ...base, payers: [insurerPayer, clientPayer], request: { billingItemId: 'item-1', quantity: 1, unitPriceMinor: 100, payerId: insurerPayer.payerId, serviceDate: '2026-03-02' } });
    expect(charges).toHaveLength(1);
    expect(charges[0]).toMatchObject({ payerId: insurerPayer.payerId, totalMinor: 113 });
  });

  it.each([
    ['a payer the case does not have', [clientPayer], 'stranger'],
    ['a case with no payer', [], undefined],
  ])('refuses %s at payerId', (_case, payers, payerId) => {
    const error = refusalOf(() => draftManualCharges({ ...base, payers, request: { billingItemId: 'item-1', quantity: 1, payerId, serviceDate: '2026-03-02' } }));
    expect(error.details.issues?.[0]?.path).toBe('payerId');
  });
});

describe('updateOpenCharge', () => {
  it('reprices from its own unit price', () => {
    const next = updateOpenCharge(aCharge(), { quantity: 3 }, { payers: [clientPayer], taxRates });
    expect(next).toMatchObject({ quantity: 3, subtotalMinor: 30_000, taxByCode: { HST: 3900 }, totalMinor: 33_900 });
  });

  it('clears the provider with null', () => {
    expect(updateOpenCharge(aCharge({ providerMemberId: 'm1' }), { providerMemberId: null }, { payers: [clientPayer], taxRates })).not.toHaveProperty('providerMemberId');
  });

  it('refuses once invoiced, and unknown tax codes at taxCodes.<i>', () => {
    expect(refusalOf(() => updateOpenCharge(aCharge({ status: 'invoiced' }), { quantity: 2 }, { payers: [clientPayer], taxRates })).details.code).toBe('charge_not_editable');
    expect(refusalOf(() => updateOpenCharge(aCharge(), { taxCodes: ['GST'] }, { payers: [clientPayer], taxRates })).details.issues?.[0]?.path).toBe('taxCodes.0');
  });
});
