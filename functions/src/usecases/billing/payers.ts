import { addPayer as added, type CreatePayer, type Payer, updatePayer as updated, type UpdatePayer } from '@casefile/core';
import type { BillingContext } from './billingContext';
import { caseBillingChangedMeanwhile } from './caseBillingConflict';

/** Adds a payer to a case (K4). */
export async function addPayer({ repos, runtime }: BillingContext, caseId: string, input: CreatePayer): Promise<Payer> {
  const current = await repos.billing.caseBilling(caseId);
  const { payer, payers } = added(current.payers, input, runtime.newId());
  const outcome = await repos.billing.saveCaseBilling(current, { payers, authorizations: current.authorizations });
  if ('conflict' in outcome) throw caseBillingChangedMeanwhile();
  return payer;
}

export async function updatePayer({ repos }: BillingContext, caseId: string, payerId: string, patch: UpdatePayer): Promise<Payer> {
  const current = await repos.billing.caseBilling(caseId);
  const { payer, payers } = updated(current.payers, payerId, patch);
  const outcome = await repos.billing.saveCaseBilling(current, { payers, authorizations: current.authorizations });
  if ('conflict' in outcome) throw caseBillingChangedMeanwhile();
  return payer;
}
