import {
  assertKnownTaxCodes,
  type Authorization,
  type BillingItem,
  type BillingPolicy,
  type CaseBilling,
  ConflictError,
  type CreateAuthorization,
  type CreateBillingItem,
  type CreatePayer,
  NotFoundError,
  type Payer,
  remainingVisits,
  type UpdateAuthorization,
  type UpdateBillingItem,
  type UpdatePayer,
  ValidationError,
} from '@casefile/core';
import { applyPatch, type Page, type PageRequest, type RecordMeta, type RepositoryContext, stampNew, stampUpdate } from './context';
import { concurrentChange, isConditionFailure } from './errors';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';
import { readRetryingConflicts } from './transactionWrite';

/** A stored authorization: the API's fields without the derived remaining count. */
export type StoredAuthorization = Omit<Authorization, 'remainingVisits'>;
export interface StoredCaseBilling extends RecordMeta {
  clinicId: string;
  caseId: string;
  clientId: string;
  payers: Payer[];
  authorizations: StoredAuthorization[];
}

export const DEFAULT_BILLING_POLICY: Omit<BillingPolicy, 'currency'> = {
  taxRates: [],
  noShowFeeItemId: null,
  lateCancelFeeItemId: null,
  authorizationOverrun: 'warn',
  remainingVisitsAlertThreshold: 2,
  paymentTermsDays: 30,
};

export function toAuthorization(stored: StoredAuthorization): Authorization {
  return { ...stored, remainingVisits: remainingVisits(stored) ?? null };
}

export function toCaseBilling(stored: StoredCaseBilling): CaseBilling {
  return { caseId: stored.caseId, payers: stored.payers, authorizations: stored.authorizations.map(toAuthorization) };
}

/** The billing policy, the price list (B1), and each case's payers (K4) and authorizations (K5). */
export function createBillingSetupRepository(ctx: RepositoryContext) {
  const { billingPolicy, billingItem, caseBilling, clinic, caseFile } = ctx.service.entities;
  const itemEntity = billingItem as unknown as VersionedEntity;
  const itemKeys = (billingItemId: string) => ({ clinicId: ctx.clinicId, billingItemId });

  async function policy(): Promise<BillingPolicy> {
    const stored = await readRetryingConflicts(() => billingPolicy.get({ clinicId: ctx.clinicId }).go({ consistent: true }));
    if (stored.data) return stored.data.policy as BillingPolicy;
    const settings = await readRetryingConflicts(() => clinic.get({ clinicId: ctx.clinicId }).go());
    return { currency: settings.data?.currency ?? 'CAD', ...DEFAULT_BILLING_POLICY };
  }

  async function caseBillingOf(caseId: string): Promise<StoredCaseBilling> {
    const stored = await readRetryingConflicts(() => caseBilling.get({ clinicId: ctx.clinicId, caseId }).go({ consistent: true }));
    if (stored.data) return stored.data as unknown as StoredCaseBilling;
    const file = await readRetryingConflicts(() => caseFile.get({ clinicId: ctx.clinicId, caseId }).go({ consistent: true }));
    if (!file.data) throw new NotFoundError('Case file');
    return { clinicId: ctx.clinicId, caseId, clientId: file.data.clientId, payers: [], authorizations: [], ...stampNew(ctx), version: 0 };
  }

  /** Writes the case's billing item conditioned on the version read (0 = not there yet). */
  async function saveCaseBilling(current: StoredCaseBilling, next: Omit<StoredCaseBilling, keyof RecordMeta>): Promise<StoredCaseBilling> {
    const item = { ...next, ...(current.version === 0 ? stampNew(ctx) : stampUpdate(ctx, current)) };
    try {
      if (current.version === 0) await caseBilling.create(item as never).go();
      else await caseBilling.put(item as never).where(({ version }, { eq }) => eq(version, current.version)).go();
    } catch (error) {
      if (isConditionFailure(error)) throw concurrentChange('case billing', error);
      throw error;
    }
    return item;
  }

  return {
    policy,

    async savePolicy(next: BillingPolicy): Promise<BillingPolicy> {
      for (const [field, id] of [['noShowFeeItemId', next.noShowFeeItemId], ['lateCancelFeeItemId', next.lateCancelFeeItemId]] as const) {
        if (!id) continue;
        const item = await billingItem.get(itemKeys(id)).go({ consistent: true });
        if (!item.data) throw new ValidationError('Unknown billing item.', [{ path: `body.${field}`, message: 'No such billing item.' }]);
        assertKnownTaxCodes(item.data.taxCodes, next.taxRates, `body.${field}.taxCodes`);
      }
      const current = await billingPolicy.get({ clinicId: ctx.clinicId }).go({ consistent: true });
      const meta = current.data ? stampUpdate(ctx, current.data) : stampNew(ctx);
      try {
        const put = billingPolicy.put({ clinicId: ctx.clinicId, policy: next, ...meta });
        if (current.data) await put.where(({ version }, { eq }) => eq(version, current.data!.version)).go();
        else await billingPolicy.create({ clinicId: ctx.clinicId, policy: next, ...meta }).go();
      } catch (error) {
        if (isConditionFailure(error)) throw concurrentChange('billing policy', error);
        throw error;
      }
      return next;
    },

    listItems: (page: PageRequest): Promise<Page<BillingItem>> => queryPage(billingItem.query.primary({ clinicId: ctx.clinicId }) as never, page),
    getItem: (billingItemId: string) => readOrThrow<BillingItem>(itemEntity, itemKeys(billingItemId), 'Billing item'),
    async getItems(ids: readonly string[]): Promise<BillingItem[]> {
      if (ids.length === 0) return [];
      const result = await readRetryingConflicts(() => billingItem.get([...new Set(ids)].map(itemKeys)).go({ consistent: true }));
      return result.data.filter(Boolean) as BillingItem[];
    },
    async createItem(input: CreateBillingItem): Promise<BillingItem> {
      assertKnownTaxCodes(input.taxCodes, (await policy()).taxRates, 'body.taxCodes');
      return createVersioned<BillingItem>(itemEntity, { ...input, ...itemKeys(ctx.newId()), ...stampNew(ctx) }, 'billing item');
    },
    async updateItem(billingItemId: string, patch: UpdateBillingItem): Promise<BillingItem> {
      if (patch.taxCodes) assertKnownTaxCodes(patch.taxCodes, (await policy()).taxRates, 'body.taxCodes');
      return patchVersioned<BillingItem & { version: number }>(ctx, itemEntity, itemKeys(billingItemId), patch, 'Billing item');
    },

    caseBilling: caseBillingOf,

    async addPayer(caseId: string, input: CreatePayer): Promise<Payer> {
      const current = await caseBillingOf(caseId);
      if (current.payers.length >= 10) throw new ConflictError('A case has at most 10 payers.', 'too_many_payers');
      const payer: Payer = { ...input, payerId: ctx.newId() };
      await saveCaseBilling(current, { ...current, payers: [...current.payers, payer] });
      return payer;
    },

    async updatePayer(caseId: string, payerId: string, patch: UpdatePayer): Promise<Payer> {
      const current = await caseBillingOf(caseId);
      const existing = current.payers.find((payer) => payer.payerId === payerId);
      if (!existing) throw new NotFoundError('Payer');
      const payer = applyPatch(existing, patch);
      await saveCaseBilling(current, { ...current, payers: current.payers.map((item) => (item.payerId === payerId ? payer : item)) });
      return payer;
    },

    async addAuthorization(caseId: string, input: CreateAuthorization): Promise<Authorization> {
      const current = await caseBillingOf(caseId);
      if (!current.payers.some((payer) => payer.payerId === input.payerId)) {
        throw new ValidationError('Unknown payer.', [{ path: 'body.payerId', message: 'Not a payer of this case.' }]);
      }
      if (current.authorizations.length >= 30) throw new ConflictError('A case has at most 30 authorizations.', 'too_many_authorizations');
      const authorization: StoredAuthorization = { ...input, authorizationId: ctx.newId(), usedVisits: 0, usedAmountMinor: 0 };
      await saveCaseBilling(current, { ...current, authorizations: [...current.authorizations, authorization] });
      return toAuthorization(authorization);
    },

    async updateAuthorization(caseId: string, authorizationId: string, patch: UpdateAuthorization): Promise<Authorization> {
      const current = await caseBillingOf(caseId);
      const existing = current.authorizations.find((item) => item.authorizationId === authorizationId);
      if (!existing) throw new NotFoundError('Authorization');
      const next = applyPatch(existing, patch);
      if (next.validFrom > next.validTo) throw new ValidationError('validTo is before validFrom.', [{ path: 'body.validTo', message: 'Must be on or after validFrom.' }]);
      await saveCaseBilling(current, { ...current, authorizations: current.authorizations.map((item) => (item.authorizationId === authorizationId ? next : item)) });
      return toAuthorization(next);
    },
  };
}

export type BillingSetupRepository = ReturnType<typeof createBillingSetupRepository>;
