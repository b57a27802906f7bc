/**
 * Waitlist storage (SPEC A9): entries, the openings time changes create, and the offers made of them.
 * Claims are conditional writes whose outcome is returned; which opening to create, whom to offer and
 * what an acceptance means are decided by core and the waitlist use cases.
 */
import { type CreateWaitlistEntry, NotFoundError, type UpdateWaitlistEntry, type WaitlistEntryStatus, type WaitlistOfferStatus, type WaitlistOpeningStatus } from '@casefile/core';
import type { StoredWaitlistEntry } from '../entities/waitlistEntry';
import type { StoredWaitlistOffer } from '../entities/waitlistOffer';
import type { StoredWaitlistOpening } from '../entities/waitlistOpening';
import { type RepositoryContext, stampNew } from './context';
import { isConditionFailure } from './errors';
import { writeTransaction } from './transactionWrite';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

export type { StoredWaitlistEntry, StoredWaitlistOffer, StoredWaitlistOpening };

/** Openings are at most this long (a whole shift); a range read widens its start by it. */
const LONGEST_OPENING_MS = 36 * 3_600_000;

async function createdOnce(create: Promise<unknown>): Promise<boolean> {
  try {
    await create;
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}

export function createWaitlistRepository(ctx: RepositoryContext) {
  const { waitlistEntry, waitlistOpening, waitlistOffer } = ctx.service.entities;
  const { clinicId } = ctx;
  const versioned: VersionedEntity = waitlistEntry;
  const entryKeys = (entryId: string) => ({ clinicId, entryId });
  const now = () => ctx.now().toISOString();

  return {
    getEntry: (entryId: string) => readOrThrow<StoredWaitlistEntry>(versioned, entryKeys(entryId), 'Waitlist entry'),

    createEntry: (clientId: string, input: CreateWaitlistEntry) =>
      createVersioned<StoredWaitlistEntry>(versioned, { ...input, clientId, status: 'active', ...entryKeys(ctx.newId()), ...stampNew(ctx) }, 'waitlist entry'),

    updateEntry: (entryId: string, patch: UpdateWaitlistEntry | { status: WaitlistEntryStatus }) =>
      patchVersioned<StoredWaitlistEntry>(ctx, versioned, entryKeys(entryId), patch, 'Waitlist entry'),

    async removeEntry(entryId: string): Promise<void> {
      try {
        await waitlistEntry.delete(entryKeys(entryId)).where(({ entryId: id }, { exists }) => exists(id)).go();
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('Waitlist entry', { cause: error });
        throw error;
      }
    },

    /** Every entry of one status, priority first (all pages: the matcher needs them all). */
    async entriesWithStatus(status: WaitlistEntryStatus): Promise<StoredWaitlistEntry[]> {
      return (await waitlistEntry.query.byStatus({ clinicId, status }).go({ pages: 'all' })).data;
    },

    async entriesOfClient(clientId: string): Promise<StoredWaitlistEntry[]> {
      return (await waitlistEntry.query.byClient({ clinicId, clientId }).go({ pages: 'all' })).data;
    },

    /** Creates the opening; false when it exists already (the change that freed it was seen before). */
    createOpening: (opening: Pick<StoredWaitlistOpening, 'openingId' | 'calendarId' | 'start' | 'end' | 'source'>) =>
      createdOnce(waitlistOpening.create({ ...opening, clinicId, status: 'open', createdAt: now(), updatedAt: now() }).go()),

    async getOpening(openingId: string): Promise<StoredWaitlistOpening | undefined> {
      return (await waitlistOpening.get({ clinicId, openingId }).go({ consistent: true })).data ?? undefined;
    },

    /** Open openings on a calendar overlapping [from, to). */
    async openOpeningsOverlapping(calendarId: string, from: string, to: string): Promise<StoredWaitlistOpening[]> {
      const earliest = new Date(Date.parse(from) - LONGEST_OPENING_MS).toISOString();
      const found = await waitlistOpening.query.byCalendar({ clinicId, calendarId }).between({ start: earliest }, { start: to }).go({ pages: 'all' });
      return found.data.filter((opening) => opening.status === 'open' && opening.end > from && opening.start < to);
    },

    /** Moves an opening on from `from`; false when it had moved already. */
    setOpeningStatus: (openingId: string, from: WaitlistOpeningStatus, to: WaitlistOpeningStatus) =>
      createdOnce(
        waitlistOpening
          .patch({ clinicId, openingId })
          .set({ status: to, updatedAt: now() })
          .where(({ status }, { eq }) => eq(status, from))
          .go(),
      ),

    /** Claims the offer of an opening to an entry; false when it was offered before. */
    claimOffer: (offer: Omit<StoredWaitlistOffer, 'clinicId' | 'updatedAt'>) => createdOnce(waitlistOffer.create({ ...offer, clinicId, updatedAt: now() }).go()),

    /** Gives a claim back when its mail could not be sent, so a retry offers again. */
    async releaseOffer(openingId: string, entryId: string): Promise<void> {
      await waitlistOffer.delete({ clinicId, openingId, entryId }).where(({ status }, { eq }) => eq(status, 'offered')).go().catch((error: unknown) => {
        if (!isConditionFailure(error)) throw error;
      });
    },

    async getOffer(openingId: string, entryId: string): Promise<StoredWaitlistOffer | undefined> {
      return (await waitlistOffer.get({ clinicId, openingId, entryId }).go({ consistent: true })).data ?? undefined;
    },

    async offersOfOpening(openingId: string): Promise<StoredWaitlistOffer[]> {
      return (await waitlistOffer.query.primary({ clinicId, openingId }).go({ pages: 'all', consistent: true })).data;
    },

    async offersOfEntry(entryId: string): Promise<StoredWaitlistOffer[]> {
      return (await waitlistOffer.query.byEntry({ clinicId, entryId }).go({ pages: 'all' })).data;
    },

    /** Moves an offer on from `from`; false when it had moved already. */
    setOfferStatus: (openingId: string, entryId: string, from: WaitlistOfferStatus, to: WaitlistOfferStatus, appointmentId?: string) =>
      createdOnce(
        waitlistOffer
          .patch({ clinicId, openingId, entryId })
          .set({ status: to, updatedAt: now(), ...(appointmentId ? { appointmentId } : {}) })
          .where(({ status }, { eq }) => eq(status, from))
          .go(),
      ),

    /**
     * The first acceptance of an opening: the opening open -> filled and this offer offered -> accepted,
     * in one transaction. False when another acceptance (or staff) got there first, or the offer moved on.
     */
    async acceptOffer(openingId: string, entryId: string): Promise<boolean> {
      const at = now();
      const outcome = await writeTransaction(ctx, ({ waitlistOpening: opening, waitlistOffer: offer }) => [
        opening.patch({ clinicId, openingId }).set({ status: 'filled', acceptedEntryId: entryId, updatedAt: at }).where(({ status }, { eq }) => eq(status, 'open')).commit(),
        offer.patch({ clinicId, openingId, entryId }).set({ status: 'accepted', updatedAt: at }).where(({ status }, { eq }) => eq(status, 'offered')).commit(),
      ]);
      return outcome.written;
    },
  };
}

export type WaitlistRepository = ReturnType<typeof createWaitlistRepository>;
