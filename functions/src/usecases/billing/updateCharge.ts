import { type Charge, ConflictError, type UpdateCharge, updateOpenCharge } from '@casefile/core';
import { toCharge } from '@casefile/db';
import type { BillingContext } from './billingContext';

/** Amount, quantity, provider, payer or taxes of a charge not yet invoiced (B2); repriced from its own unit price. */
export async function updateCharge({ repos }: BillingContext, chargeId: string, patch: UpdateCharge): Promise<Charge> {
  const current = await repos.charges.get(chargeId);
  const [billing, policy] = await Promise.all([repos.billing.caseBilling(current.caseId), repos.billing.policy()]);
  const next = updateOpenCharge(current, patch, { payers: billing.payers, taxRates: policy.taxRates });
  const outcome = await repos.billingWrites.write({ charges: [{ before: current, next }] });
  if ('conflict' in outcome) throw new ConflictError('The charge was changed by someone else at the same time; reload and try again.', 'concurrent_change');
  return toCharge(outcome.written.charges[0]!);
}
