import { type BillingItem, type BillingPolicy, type CreateBillingItem, DEFAULT_BILLING_POLICY, NotFoundError, type UpdateBillingItem } from '@casefile/core';
import type { StoredCaseBilling } from './billingRecords';
import { type Page, type PageRequest, type RepositoryContext, stampNew, stampUpdate } from './context';
import { isConditionFailure } from './errors';
import { queryPage } from './paging';
import { readRetryingConflicts } from './transactionWrite';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

export type SaveOutcome = { ok: true } | { conflict: true };

/** The billing policy, the price list (B1), and each case's payers (K4) and authorizations (K5). */
export function createBillingSetupRepository(ctx: RepositoryContext) {
  const { billingPolicy, billingItem, caseBilling, clinic, caseFile } = ctx.service.entities;
  // versionedWrite's helpers take a structural entity; ElectroDB's generic entity type does not narrow to it.
  const itemEntity = billingItem as unknown as VersionedEntity;
  const itemKeys = (billingItemId: string) => ({ clinicId: ctx.clinicId, billingItemId });

  /** Runs a conditioned write; a failed condition is `{ conflict }`. */
  async function conditioned(write: () => Promise<unknown>): Promise<SaveOutcome> {
    try {
      await write();
      return { ok: true };
    } catch (error) {
      if (isConditionFailure(error)) return { conflict: true };
      throw error;
    }
  }

  return {
    /** The stored policy, or the defaults in the clinic's currency when it never saved one. */
    async policy(): Promise<BillingPolicy> {
      const stored = await readRetryingConflicts(() => billingPolicy.get({ clinicId: ctx.clinicId }).go({ consistent: true }));
      if (stored.data) return stored.data.policy;
      const settings = await readRetryingConflicts(() => clinic.get({ clinicId: ctx.clinicId }).go());
      return { currency: settings.data?.currency ?? 'CAD', ...DEFAULT_BILLING_POLICY };
    },

    /** Replaces the policy, conditioned on the version read (or on there being none). */
    async savePolicy(next: BillingPolicy): Promise<SaveOutcome> {
      const current = await billingPolicy.get({ clinicId: ctx.clinicId }).go({ consistent: true });
      const before = current.data;
      if (!before) return conditioned(() => billingPolicy.create({ clinicId: ctx.clinicId, policy: next, ...stampNew(ctx) }).go());
      return conditioned(() =>
        billingPolicy
          .put({ clinicId: ctx.clinicId, policy: next, ...stampUpdate(ctx, before) })
          .where(({ version }, { eq }) => eq(version, before.version))
          .go(),
      );
    },

    // queryPage takes a structural query; ElectroDB's generic query type does not narrow to it.
    listItems: (page: PageRequest): Promise<Page<BillingItem>> => queryPage(billingItem.query.primary({ clinicId: ctx.clinicId }), page),
    getItem: (billingItemId: string) => readOrThrow<BillingItem>(itemEntity, itemKeys(billingItemId), 'Billing item'),
    async getItems(ids: readonly string[]): Promise<BillingItem[]> {
      if (ids.length === 0) return [];
      const result = await readRetryingConflicts(() => billingItem.get([...new Set(ids)].map(itemKeys)).go({ consistent: true }));
      return result.data.filter((item): item is NonNullable<typeof item> => Boolean(item));
    },
    createItem: (input: CreateBillingItem): Promise<BillingItem> => createVersioned<BillingItem>(itemEntity, { ...input, ...itemKeys(ctx.newId()), ...stampNew(ctx) }, 'billing item'),
    updateItem: (billingItemId: string, patch: UpdateBillingItem): Promise<BillingItem> =>
      patchVersioned<BillingItem & { version: number }>(ctx, itemEntity, itemKeys(billingItemId), patch, 'Billing item'),

    /** The case's payers and authorizations; an empty record of version 0 when none were added yet (404 for no such case). */
    async caseBilling(caseId: string): Promise<StoredCaseBilling> {
      const stored = await readRetryingConflicts(() => caseBilling.get({ clinicId: ctx.clinicId, caseId }).go({ consistent: true }));
      if (stored.data) return stored.data;
      const file = await readRetryingConflicts(() => caseFile.get({ clinicId: ctx.clinicId, caseId }).go({ consistent: true }));
      if (!file.data) throw new NotFoundError('Case file');
      return { clinicId: ctx.clinicId, caseId, clientId: file.data.clientId, payers: [], authorizations: [], ...stampNew(ctx), version: 0 };
    },

    /** Writes the case's billing item conditioned on the version read (0 = not there yet). */
    async saveCaseBilling(current: StoredCaseBilling, next: Pick<StoredCaseBilling, 'payers' | 'authorizations'>): Promise<SaveOutcome> {
      const item = { ...current, ...next };
      if (current.version === 0) return conditioned(() => caseBilling.create({ ...item, ...stampNew(ctx) }).go());
      return conditioned(() =>
        caseBilling
          .put({ ...item, ...stampUpdate(ctx, current) })
          .where(({ version }, { eq }) => eq(version, current.version))
          .go(),
      );
    },
  };
}

export type BillingSetupRepository = ReturnType<typeof createBillingSetupRepository>;
