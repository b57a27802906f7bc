/**
 * Recall storage (issue 18 item 2): the clinic's rules and its recalls. Creates and status moves are
 * conditional and return whether they happened; when a recall is due or satisfied is decided in core
 * and the recall use cases.
 */
import { NotFoundError, type RecallRule, type RecallStatus } from '@casefile/core';
import type { StoredRecall } from '../entities/recall';
import type { StoredRecallReplanJob } from '../entities/recallReplanJob';
import type { StoredRecallSettings } from '../entities/recallSettings';
import { type RepositoryContext, stampNew, stampUpdate } from './context';
import { isConditionFailure, isTransactionConflict } from './errors';

export type { StoredRecall, StoredRecallReplanJob, StoredRecallSettings };

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
  const { recall, recallSettings, recallReplanJob } = ctx.service.entities;
  const { clinicId } = ctx;
  const now = () => ctx.now().toISOString();

  return {
    async getSettings(): Promise<StoredRecallSettings | undefined> {
      return (await recallSettings.get({ clinicId }).go()).data ?? undefined;
    },

    /**
     * Replaces the rules, conditioned on the version read (none yet: must still be absent), and starts
     * re-planning every case for the new version in the same transaction, replacing any older job;
     * undefined when the rules moved on meanwhile.
     */
    async putSettings(current: StoredRecallSettings | undefined, rules: RecallRule[]): Promise<StoredRecallSettings | undefined> {
      const stored: StoredRecallSettings = { clinicId, rules, ...(current ? stampUpdate(ctx, current) : stampNew(ctx)) };
      const job: StoredRecallReplanJob = { clinicId, revision: stored.version, planned: 0, batches: 0, done: false, updatedAt: stored.updatedAt };
      try {
        const result = await ctx.service.transaction
          .write(({ recallSettings: settings, recallReplanJob: jobs }) => [
            current ? settings.put(stored).where(({ version }, { eq }) => eq(version, current.version)).commit() : settings.create(stored).commit(),
            jobs.put(job).commit(),
          ])
          .go();
        return result.canceled ? undefined : stored;
      } catch (error) {
        if (isConditionFailure(error) || isTransactionConflict(error)) return undefined;
        throw error;
      }
    },

    async replanJob(): Promise<StoredRecallReplanJob | undefined> {
      return (await recallReplanJob.get({ clinicId }).go({ consistent: true })).data ?? undefined;
    },

    /** Moves the job on from the state it was read in; false when another run moved it first (or a newer revision replaced it). */
    advanceReplan: (read: StoredRecallReplanJob, next: StoredRecallReplanJob) =>
      happened(
        recallReplanJob
          .put(next)
          .where(({ revision, batches }, { eq }) => `${eq(revision, read.revision)} AND ${eq(batches, read.batches)}`)
          .go(),
      ),

    async find(recallId: string): Promise<StoredRecall | undefined> {
      return (await recall.get({ clinicId, recallId }).go({ consistent: true })).data ?? undefined;
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

    /** Moves an unsent recall's due time; false when it was sent, dismissed or moved on meanwhile. */
    redate: (recallId: string, dueAt: string) =>
      happened(
        recall
          .patch({ clinicId, recallId })
          .set({ dueAt, updatedAt: now() })
          .where(({ status, dismissed }, { eq }) => `${eq(status, 'upcoming')} AND ${eq(dismissed, false)}`)
          .go(),
      ),

    /** Withdraws a recall never sent (deletes it), while it is still in `from` and not dismissed; false otherwise. */
    withdraw: (recallId: string, from: RecallStatus) =>
      happened(
        recall
          .delete({ clinicId, recallId })
          .where(({ status, dismissed }, { eq }) => `${eq(status, from)} AND ${eq(dismissed, false)}`)
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
