import { ConflictError } from '@casefile/core';
import type { CasefileService } from '../service';
import type { RepositoryContext } from './context';

/** The entities as ElectroDB hands them to a transaction callback (where `.commit()` exists). */
export type TransactionEntities = Parameters<Parameters<CasefileService['transaction']['write']>[0]>[0];
import { isTransactionConflict } from './errors';

const MAX_ATTEMPTS = 60;

/**
 * Takes the next number of a per-clinic sequence and writes the document that uses it in the same
 * transaction, conditioned on the number read. Losing a race means retrying with the new number, so
 * numbers are never skipped or reused. Used for case numbers now, invoice numbers later.
 */
export async function allocateInTransaction<T>(
  ctx: RepositoryContext,
  sequenceName: string,
  build: (value: number, entities: TransactionEntities) => { item: T; operation: unknown },
): Promise<T> {
  const { sequence } = ctx.service.entities;
  const keys = { clinicId: ctx.clinicId, name: sequenceName };
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await sequence.get(keys).go({ consistent: true });
    const value = current.data?.value ?? 0;
    let built: { item: T } | undefined;
    try {
      const result = await ctx.service.transaction
        .write((entities) => {
          const advance = current.data
            ? entities.sequence.patch(keys).set({ value: value + 1 }).where(({ value: stored }, { eq }) => eq(stored, value)).commit()
            : entities.sequence.create({ ...keys, value: value + 1 }).commit();
          const { item, operation } = build(value + 1, entities);
          built = { item };
          return [advance, operation as typeof advance];
        })
        .go();
      if (!result.canceled && built) return built.item;
    } catch (error) {
      if (!isTransactionConflict(error)) throw error;
    }
    await sleep(Math.random() * Math.min(200, 10 * (attempt + 1)));
  }
  throw new ConflictError('The clinic is busy numbering other records; try again.', 'sequence_contention');
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
