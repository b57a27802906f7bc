import { assertPolicyFeeItems, type BillingPolicy, ConflictError } from '@casefile/core';
import type { BillingContext } from './billingContext';

/** Replaces the clinic's billing policy (B1); its fee items must exist and be taxed with its own rates. */
export async function saveBillingPolicy({ repos }: BillingContext, policy: BillingPolicy): Promise<BillingPolicy> {
  const feeItemIds = [policy.noShowFeeItemId, policy.lateCancelFeeItemId].filter((id): id is string => Boolean(id));
  assertPolicyFeeItems(policy, await repos.billing.getItems(feeItemIds));
  const outcome = await repos.billing.savePolicy(policy);
  if ('conflict' in outcome) throw new ConflictError('The billing policy was changed by someone else at the same time; reload and try again.', 'concurrent_change');
  return policy;
}
