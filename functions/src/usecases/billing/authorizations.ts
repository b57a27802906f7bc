import { addAuthorization as added, type Authorization, type CreateAuthorization, updateAuthorization as updated, type UpdateAuthorization } from '@casefile/core';
import { toAuthorization } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { caseBillingChangedMeanwhile } from './caseBillingConflict';

/** Adds a payer's authorization to a case (K5): approved visits and/or amount over a date range. */
export async function addAuthorization({ repos, runtime }: BillingContext, caseId: string, input: CreateAuthorization): Promise<Authorization> {
  const current = await repos.billing.caseBilling(caseId);
  const { authorization, authorizations } = added(current, input, runtime.newId());
  const outcome = await repos.billing.saveCaseBilling(current, { payers: current.payers, authorizations });
  if ('conflict' in outcome) throw caseBillingChangedMeanwhile();
  return toAuthorization(authorization);
}

export async function updateAuthorization({ repos }: BillingContext, caseId: string, authorizationId: string, patch: UpdateAuthorization): Promise<Authorization> {
  const current = await repos.billing.caseBilling(caseId);
  const { authorization, authorizations } = updated(current.authorizations, authorizationId, patch);
  const outcome = await repos.billing.saveCaseBilling(current, { payers: current.payers, authorizations });
  if ('conflict' in outcome) throw caseBillingChangedMeanwhile();
  return toAuthorization(authorization);
}
