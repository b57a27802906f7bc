import {
  type CreateTimeBlock,
  isValidTimeBlockSpan,
  MAX_TIME_BLOCK_DAYS,
  NotFoundError,
  type TimeBlock,
  type UpdateTimeBlock,
  ValidationError,
} from '@casefile/core';
import { type Page, type PageRequest, type RepositoryContext, stampNew } from './context';
import { isConditionFailure } from './errors';
import { queryPage } from './paging';
import { createVersioned, patchVersioned, readOrThrow, type VersionedEntity } from './versionedWrite';

const LONGEST_BLOCK_MS = MAX_TIME_BLOCK_DAYS * 86_400_000;

export function createTimeBlockRepository(ctx: RepositoryContext) {
  const { timeBlock } = ctx.service.entities;
  const versioned: VersionedEntity = timeBlock;
  const keysOf = (blockId: string) => ({ clinicId: ctx.clinicId, blockId });

  return {
    get: (blockId: string) => readOrThrow<TimeBlock>(versioned, keysOf(blockId), 'Time block'),

    create: (input: CreateTimeBlock) =>
      createVersioned<TimeBlock>(versioned, { ...input, ...keysOf(ctx.newId()), ...stampNew(ctx) }, 'time block'),

    update: (blockId: string, patch: UpdateTimeBlock) =>
      patchVersioned<TimeBlock & { version: number }>(ctx, versioned, keysOf(blockId), patch, 'Time block', (_current, merged) => {
        if (!isValidTimeBlockSpan(merged)) {
          throw new ValidationError('The block must end after it starts.', [
            { path: 'end', message: `A block ends after it starts and lasts at most ${MAX_TIME_BLOCK_DAYS} days.` },
          ]);
        }
        return merged;
      }),

    async remove(blockId: string): Promise<void> {
      try {
        await timeBlock.delete(keysOf(blockId)).where(({ blockId: id }, { exists }) => exists(id)).go();
      } catch (error) {
        if (isConditionFailure(error)) throw new NotFoundError('Time block', { cause: error });
        throw error;
      }
    },

    /**
     * Blocks overlapping [from, to): one Query by start, widened by the longest block allowed, so a
     * block that began before `from` and is still running is found; the overlap test trims the rest.
     */
    async overlapping(calendarId: string, from: string, to: string, page: PageRequest = { limit: 1000 }): Promise<Page<TimeBlock>> {
      const earliestStart = new Date(Date.parse(from) - LONGEST_BLOCK_MS).toISOString();
      const result = await queryPage<TimeBlock>(
        timeBlock.query.byCalendar({ clinicId: ctx.clinicId, calendarId }).between({ start: earliestStart }, { start: to }),
        page,
      );
      return { ...result, items: result.items.filter((block) => block.end > from && block.start < to) };
    },
  };
}
