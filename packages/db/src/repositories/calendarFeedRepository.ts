/**
 * Calendar feeds (SPEC P3): the per-calendar feed item, the global secret-hash lookup item and the
 * clinic's feed settings. Issuing replaces the previous secret in one transaction (the old URL stops
 * working as the new one starts); the outcome comes back as a value.
 */
import type { CasefileService } from '../service';
import { type RecordMeta, type RepositoryContext, stampNew, stampUpdate } from './context';
import { type TransactionOutcome, writeTransaction } from './transactionWrite';

export interface StoredCalendarFeed extends RecordMeta {
  clinicId: string;
  calendarId: string;
  tokenHash: string;
}

export interface FeedTarget {
  clinicId: string;
  calendarId: string;
}

export function createCalendarFeedRepository(ctx: RepositoryContext) {
  const { calendarFeed, calendarFeedSettings } = ctx.service.entities;
  const clinicId = ctx.clinicId;

  return {
    async get(calendarId: string): Promise<StoredCalendarFeed | undefined> {
      const result = await calendarFeed.get({ clinicId, calendarId }).go({ consistent: true });
      return (result.data as StoredCalendarFeed | null) ?? undefined;
    },

    /** Puts a feed with this secret hash in place of `previous` (absent: there was none), conditioned on it. */
    issue(calendarId: string, tokenHash: string, previous: StoredCalendarFeed | undefined): Promise<TransactionOutcome> {
      return writeTransaction(ctx, (entities) => [
        previous
          ? entities.calendarFeed
              .put({ ...previous, tokenHash, ...stampUpdate(ctx, previous) })
              .where(({ version }, { eq }) => eq(version, previous.version))
              .commit()
          : entities.calendarFeed.create({ clinicId, calendarId, tokenHash, ...stampNew(ctx) }).commit(),
        ...(previous ? [entities.calendarFeedToken.delete({ tokenHash: previous.tokenHash }).commit()] : []),
        entities.calendarFeedToken.create({ tokenHash, clinicId, calendarId }).commit(),
      ]);
    },

    /** Deletes the feed read as `current` and its lookup item: the URL opens nothing from then on. */
    revoke(current: StoredCalendarFeed): Promise<TransactionOutcome> {
      return writeTransaction(ctx, (entities) => [
        entities.calendarFeed
          .delete({ clinicId, calendarId: current.calendarId })
          .where(({ version }, { eq }) => eq(version, current.version))
          .commit(),
        entities.calendarFeedToken.delete({ tokenHash: current.tokenHash }).commit(),
      ]);
    },

    async getSettings(): Promise<{ showClientNames: boolean }> {
      const result = await calendarFeedSettings.get({ clinicId }).go();
      return { showClientNames: result.data?.showClientNames ?? false };
    },

    async putSettings(settings: { showClientNames: boolean }): Promise<void> {
      await calendarFeedSettings.put({ clinicId, ...settings, updatedAt: ctx.now().toISOString(), updatedBy: ctx.actor }).go();
    },
  };
}

/** The clinic and calendar a feed secret's hash opens, or undefined: read before any clinic is known. */
export async function feedTargetForTokenHash(service: CasefileService, tokenHash: string): Promise<FeedTarget | undefined> {
  const result = await service.entities.calendarFeedToken.get({ tokenHash }).go();
  return result.data ? { clinicId: result.data.clinicId, calendarId: result.data.calendarId } : undefined;
}
