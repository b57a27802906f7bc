import { ConflictError } from '@casefile/core';
import type { RepositoryContext } from './context';
import { pause, readRetryingConflicts, type TransactionEntities, writeTransaction } from './transactionWrite';

export type { TransactionEntities } from './transactionWrite';

/** Enough for a few dozen writers racing for the same counter (each round lets at least one through). */
const MAX_ATTEMPTS = 400;
/** Give up (409, try again) before API Gateway's 30 s integration timeout cuts the request off with a bare 5xx. */
const MAX_WAIT_MS = 25_000;

export interface Allocation<T> {
  item: T;
  /** The document's writes; the sequence advance goes first in the transaction. */
  operations: unknown[];
}

/**
 * Takes the next number (or the next `count` numbers, `build` getting the first) of a per-clinic
 * sequence and writes the documents that use it in the same
 * transaction, conditioned on the number read. Losing a race means retrying with the new number, so
 * numbers are never skipped or reused. The read of the counter is inside the retry loop too: DynamoDB
 * Local answers a plain read of an item held by an in-flight transaction with TransactionConflict.
 * A failed condition on one of the document's own writes is not a race for the number: `rejected` turns
 * it into the caller's error.
 */
export async function allocateInTransaction<T>(
  ctx: RepositoryContext,
  sequence: string | { name: string; count: number },
  build: (value: number, entities: TransactionEntities) => { item: T; operation: unknown } | Allocation<T>,
  rejected: (codes: string[]) => Error = () => new ConflictError('The record changed at the same time; try again.', 'concurrent_change'),
): Promise<T> {
  const { sequence: counter } = ctx.service.entities;
  const { name, count } = typeof sequence === 'string' ? { name: sequence, count: 1 } : sequence;
  const keys = { clinicId: ctx.clinicId, name };
  const started = Date.now();
  for (let attempt = 0; attempt < MAX_ATTEMPTS && Date.now() - started < MAX_WAIT_MS; attempt++) {
    const current = await readRetryingConflicts(() => counter.get(keys).go({ consistent: true }));
    const value = current.data?.value ?? 0;
    let built: T | undefined;
    const outcome = await writeTransaction(ctx, (entities) => {
      const advance = current.data
        ? entities.sequence.patch(keys).set({ value: value + count }).where(({ value: stored }, { eq }) => eq(stored, value)).commit()
        : entities.sequence.create({ ...keys, value: value + count }).commit();
      const allocation = build(value + 1, entities);
      built = allocation.item;
      return [advance, ...('operations' in allocation ? allocation.operations : [allocation.operation])];
    });
    if (outcome.written && built !== undefined) return built;
    if (!outcome.written) {
      const [sequenceCode = 'None', ...own] = outcome.codes;
      const numberRace = sequenceCode !== 'None' || outcome.codes.every((code) => code === 'None' || code === 'TransactionConflict');
      if (!numberRace && own.some((code) => code === 'ConditionalCheckFailed')) throw rejected(own);
    }
    await pause(Math.random() * Math.min(250, 10 * (attempt + 1)));
  }
  throw new ConflictError('The clinic is busy numbering other records; try again.', 'sequence_contention');
}
