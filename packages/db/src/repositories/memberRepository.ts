import { type Calendar, ConflictError, type CreateMember, type Member, normalizeEmail, type UpdateMember } from '@casefile/core';
import { applyPatch, type Page, type PageRequest, type RepositoryContext, stampNew, stampUpdate } from './context';
import { concurrentChange } from './errors';
import { queryPage } from './paging';
import { writeTransaction } from './transactionWrite';
import { patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

/** The stored member a create writes (email normalized, new id, stamps); shared with provisioning. */
export function newMemberItem(ctx: RepositoryContext, input: CreateMember) {
  const { calendarLocationId: _location, ...fields } = input;
  return { ...fields, email: normalizeEmail(input.email), clinicId: ctx.clinicId, memberId: ctx.newId(), ...stampNew(ctx) };
}

type StoredMember = Member & { version: number };

export function createMemberRepository(ctx: RepositoryContext) {
  const { member, uniqueValue } = ctx.service.entities;
  const versioned: VersionedEntity = member;
  const keysOf = (memberId: string) => ({ clinicId: ctx.clinicId, memberId });

  return {
    list: (page: PageRequest): Promise<Page<Member>> =>
      queryPage(member.query.primary({ clinicId: ctx.clinicId }), page),

    get: (memberId: string) => readOrThrow<Member>(versioned, keysOf(memberId), 'Member'),

    /**
     * Email is unique within a clinic: the claim and the member are written in one transaction, with
     * the provider's own calendar when one is given (`ownCalendar(memberId)` builds it).
     */
    async create(input: CreateMember, ownCalendar?: (memberId: string) => Calendar): Promise<Member> {
      const item = newMemberItem(ctx, input);
      const email = item.email;
      const calendar = ownCalendar?.(item.memberId);
      const result = await ctx.service.transaction
        .write(({ member: members, uniqueValue: claims, calendar: calendars }) => [
          claims.create({ clinicId: ctx.clinicId, kind: 'memberEmail', value: email, ownerId: item.memberId }).commit(),
          members.create(item).commit(),
          ...(calendar ? [calendars.create(calendar as Calendar & { version: number }).commit()] : []),
        ])
        .go();
      if (result.canceled) {
        const existing = await uniqueValue.get({ clinicId: ctx.clinicId, kind: 'memberEmail', value: email }).go({ consistent: true });
        if (existing.data) throw new ConflictError('A team member with this email already exists.', 'duplicate_email');
        throw new ConflictError('The team member could not be saved; try again.', 'transaction_conflict');
      }
      return item as Member;
    },

    /** Every member of the clinic, with the versions as stored (a clinic's team fits in a few pages). */
    async listAll(): Promise<StoredMember[]> {
      const members: StoredMember[] = [];
      let cursor: string | undefined;
      do {
        // StoredMember is still hand-written (notificationPreferences required); the entity types it as optional JSON.
        const page = await queryPage<StoredMember>(member.query.primary({ clinicId: ctx.clinicId }) as never, { limit: 100, cursor });
        members.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return members;
    },

    /**
     * Like `update`, but written only while each member in `unchanged` is still at the version given,
     * so that a decision which counted them (the clinic's active owners) still holds when written.
     */
    async updateWhileUnchanged(
      memberId: string,
      patch: UpdateMember,
      decide: (current: StoredMember, merged: StoredMember) => StoredMember,
      unchanged: readonly Pick<StoredMember, 'memberId' | 'version'>[],
    ): Promise<StoredMember> {
      const current = await readOrThrow<StoredMember>(versioned, keysOf(memberId), 'Member');
      const next: StoredMember = { ...decide(current, applyPatch(current, patch)), ...stampUpdate(ctx, current), ...keysOf(memberId) };
      const outcome = await writeTransaction(ctx, ({ member: members }) => [
        members.put(next).where(({ version }, { eq }) => eq(version, current.version)).commit(),
        ...unchanged
          .filter((other) => other.memberId !== memberId)
          .map((other) => members.check(keysOf(other.memberId)).where(({ version }, { eq }) => eq(version, other.version)).commit()),
      ]);
      if (!outcome.written) throw concurrentChange('team');
      return next;
    },

    /** `decide` sees the member as read and as patched, on the version the write is conditioned on; it may throw to refuse. */
    update: (memberId: string, patch: UpdateMember, decide?: (current: StoredMember, merged: StoredMember) => StoredMember) =>
      patchVersioned<StoredMember>(ctx, versioned, keysOf(memberId), patch, 'Member', decide),
  };
}
