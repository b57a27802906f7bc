/**
 * Recall storage (issue 18 item 2): the clinic's rules and its recalls. Creates and status moves are
 * conditional and return whether they happened; when a recall is due or satisfied is decided in core
 * and the recall use cases.
 */
import { NotFoundError, type RecallRule, type RecallStatus } from '@casefile/core';
import type { StoredRecall } from '../entities/recall';
import type { StoredRecallSettings } from '../entities/recallSettings';
import { type RepositoryContext, stampNew, stampUpdate } from './context';
import { isConditionFailure } from './errors';

export type { StoredRecall, StoredRecallSettings };

async function happened(write: Promise<unknown>): Promise<boolean> {
  try {
    await write;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export type NewRecall = Pick<StoredRecall, 'recallId' | 'ruleId' | 'ruleName' | 'clientId' | 'caseId' | 'anchorAt' | 'dueAt'>;

export function createRecallRepository(ctx: RepositoryContext) {
  const { recall, recallSettings } = ctx.service.entities;
  const { clinicId } = ctx;
  const now = () => ctx.now().toISOString();

  return {
    async getSettings(): Promise<StoredRecallSettings | undefined> {
      return (await recallSettings.get({ clinicId }).go()).data ?? undefined;
    },

    /** Replaces the rules, conditioned on the version read (none yet: must still be absent); undefined when it moved on. */
    async putSettings(current: StoredRecallSettings | undefined, rules: RecallRule[]): Promise<StoredRecallSettings | undefined> {
      const stored: StoredRecallSettings = { clinicId, rules, ...(current ? stampUpdate(ctx, current) : stampNew(ctx)) };
      const written = current ? happened(recallSettings.put(stored).where(({ version }, { eq }) => eq(version, current.version)).go()) : happened(recallSettings.create(stored).go());
      return (await written) ? stored : undefined;
    },

    async get(recallId: string): Promise<StoredRecall> {
      const found = (await recall.get({ clinicId, recallId }).go({ consistent: true })).data;
      if (!found) throw new NotFoundError('Recall');
      return found;
    },

    /** Creates the recall as upcoming; false when it exists already. */
    create: (item: NewRecall) => happened(recall.create({ ...item, clinicId, status: 'upcoming', dismissed: false, createdAt: now(), updatedAt: now() }).go()),

    async ofCase(caseId: string): Promise<StoredRecall[]> {
      return (await recall.query.byCase({ clinicId, caseId }).go({ pages: 'all' })).data;
    },

    async withStatus(status: RecallStatus): Promise<StoredRecall[]> {
      return (await recall.query.byStatus({ clinicId, status }).go({ pages: 'all' })).data;
    },

    /** Moves a recall on from `from` (with the fields that go with it); false when it had moved already. */
    moveStatus: (recallId: string, from: RecallStatus, to: RecallStatus, fields: Partial<Pick<StoredRecall, 'sentAt' | 'sentBy' | 'satisfiedAt'>> = {}) =>
      happened(
        recall
          .patch({ clinicId, recallId })
          .set({ status: to, ...fields, updatedAt: now() })
          .where(({ status }, { eq }) => eq(status, from))
          .go(),
      ),

    /** Marks the no-response task raised; false when it was raised already. */
    markTaskRaised: (recallId: string) =>
      happened(
        recall
          .patch({ clinicId, recallId })
          .set({ taskRaisedAt: now(), updatedAt: now() })
          .where(({ taskRaisedAt }, { notExists }) => notExists(taskRaisedAt))
          .go(),
      ),

    dismiss: (recallId: string) =>
      happened(
        recall
          .patch({ clinicId, recallId })
          .set({ dismissed: true, updatedAt: now() })
          .where(({ recallId: id }, { exists }) => exists(id))
          .go(),
      ),
  };
}

export type RecallRepository = ReturnType<typeof createRecallRepository>;
