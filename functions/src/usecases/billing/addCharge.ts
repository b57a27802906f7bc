import { type Charge, ConflictError, type CreateCharge, draftManualCharges, ValidationError } from '@casefile/core';
import { toCharge } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { unlessNotFound } from './unlessNotFound';

/** An extra charge by hand (B2): for one payer, or split across the case's payers by their coverage. */
export async function addCharge({ repos, runtime }: BillingContext, caseId: string, request: CreateCharge): Promise<Charge[]> {
  const [billing, policy] = await Promise.all([repos.billing.caseBilling(caseId), repos.billing.policy()]);
  const item = await unlessNotFound(repos.billing.getItem(request.billingItemId));
  if (!item) throw new ValidationError('Unknown billing item.', [{ path: 'billingItemId', message: 'No such billing item.' }]);
  const charges = draftManualCharges({ caseId, clientId: billing.clientId, payers: billing.payers, taxRates: policy.taxRates, item, request, newId: runtime.newId });
  const outcome = await repos.billingWrites.write({ newCharges: charges });
  if ('conflict' in outcome) throw new ConflictError('The charges could not be saved; try again.', 'concurrent_change');
  return outcome.written.charges.map(toCharge);
}
