import { assertKnownTaxCodes, type BillingItem, type CreateBillingItem, type UpdateBillingItem } from '@casefile/core';
import type { BillingContext } from './billingContext';

/** A price-list entry (B1), taxed only with the policy's tax rates. */
export async function createBillingItem({ repos }: BillingContext, input: CreateBillingItem): Promise<BillingItem> {
  assertKnownTaxCodes(input.taxCodes, (await repos.billing.policy()).taxRates, 'taxCodes');
  return repos.billing.createItem(input);
}

export async function updateBillingItem({ repos }: BillingContext, billingItemId: string, patch: UpdateBillingItem): Promise<BillingItem> {
  if (patch.taxCodes) assertKnownTaxCodes(patch.taxCodes, (await repos.billing.policy()).taxRates, 'taxCodes');
  return repos.billing.updateItem(billingItemId, patch);
}
