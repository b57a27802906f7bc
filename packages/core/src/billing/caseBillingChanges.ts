/**
 * A case's payers (SPEC K4) and authorizations (K5), and the clinic's billing policy (B1): what each
 * edit makes of them. Both lists live in one stored item, so each edit returns the whole next list.
 */
import { ConflictError, NotFoundError, ValidationError } from '../errors';
import type { BillingItem, BillingPolicy, CreateAuthorization, CreatePayer, Payer, UpdateAuthorization, UpdatePayer } from '../schemas/billing';
import type { AuthorizationRecord } from './billingRecords';
import { assertKnownTaxCodes } from './pricing';

/** More would not fit the one item (and no clinic needs them). */
export const MAX_CASE_PAYERS = 10;
export const MAX_CASE_AUTHORIZATIONS = 30;

/** The policy of a clinic that never saved one. */
export const DEFAULT_BILLING_POLICY: Omit<BillingPolicy, 'currency'> = {
  taxRates: [],
  noShowFeeItemId: null,
  lateCancelFeeItemId: null,
  authorizationOverrun: 'warn',
  remainingVisitsAlertThreshold: 2,
  paymentTermsDays: 30,
};

/** A PATCH body applied: a value sets the field, null clears it, an absent field stays as it was. */
export function patchRecord<T extends object>(current: T, patch: object): T {
  const next = { ...current } as Record<string, unknown>;
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete next[field];
    else next[field] = value;
  }
  // The patch schemas only name fields of T, with T's value types (null clearing an optional one).
  return next as T;
}

export function addPayer(payers: readonly Payer[], input: CreatePayer, payerId: string): { payer: Payer; payers: Payer[] } {
  if (payers.length >= MAX_CASE_PAYERS) throw new ConflictError(`A case has at most ${MAX_CASE_PAYERS} payers.`, 'too_many_payers');
  const payer: Payer = { ...input, payerId };
  return { payer, payers: [...payers, payer] };
}

export function updatePayer(payers: readonly Payer[], payerId: string, patch: UpdatePayer): { payer: Payer; payers: Payer[] } {
  const existing = payers.find((payer) => payer.payerId === payerId);
  if (!existing) throw new NotFoundError('Payer');
  const payer = patchRecord(existing, patch);
  return { payer, payers: payers.map((item) => (item.payerId === payerId ? payer : item)) };
}

export function addAuthorization<A extends AuthorizationRecord>(
  billing: { payers: readonly Payer[]; authorizations: readonly A[] },
  input: CreateAuthorization,
  authorizationId: string,
): { authorization: AuthorizationRecord; authorizations: (A | AuthorizationRecord)[] } {
  if (!billing.payers.some((payer) => payer.payerId === input.payerId)) throw new ValidationError('Unknown payer.', [{ path: 'payerId', message: 'Not a payer of this case.' }]);
  if (billing.authorizations.length >= MAX_CASE_AUTHORIZATIONS) throw new ConflictError(`A case has at most ${MAX_CASE_AUTHORIZATIONS} authorizations.`, 'too_many_authorizations');
  const authorization: AuthorizationRecord = { ...input, authorizationId, usedVisits: 0, usedAmountMinor: 0 };
  return { authorization, authorizations: [...billing.authorizations, authorization] };
}

export function updateAuthorization<A extends AuthorizationRecord>(authorizations: readonly A[], authorizationId: string, patch: UpdateAuthorization): { authorization: A; authorizations: A[] } {
  const existing = authorizations.find((item) => item.authorizationId === authorizationId);
  if (!existing) throw new NotFoundError('Authorization');
  const authorization = patchRecord(existing, patch);
  if (authorization.validFrom > authorization.validTo) throw new ValidationError('validTo is before validFrom.', [{ path: 'validTo', message: 'Must be on or after validFrom.' }]);
  return { authorization, authorizations: authorizations.map((item) => (item.authorizationId === authorizationId ? authorization : item)) };
}

/** The policy's fee items exist and are taxed with the policy's own rates (ValidationError at `noShowFeeItemId` / `lateCancelFeeItemId`). */
export function assertPolicyFeeItems(policy: BillingPolicy, items: readonly Pick<BillingItem, 'billingItemId' | 'taxCodes'>[]): void {
  for (const field of ['noShowFeeItemId', 'lateCancelFeeItemId'] as const) {
    const id = policy[field];
    if (!id) continue;
    const item = items.find((candidate) => candidate.billingItemId === id);
    if (!item) throw new ValidationError('Unknown billing item.', [{ path: field, message: 'No such billing item.' }]);
    assertKnownTaxCodes(item.taxCodes, policy.taxRates, `${field}.taxCodes`);
  }
}
