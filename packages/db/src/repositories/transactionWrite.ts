import type { CasefileService } from '../service';
import type { RepositoryContext } from './context';
import { isConditionFailure, isTransactionConflict } from './errors';

/** The entities as ElectroDB hands them to a transaction callback (where `.commit()` exists). */
export type TransactionEntities = Parameters<Parameters<CasefileService['transaction']['write']>[0]>[0];

/** How a transaction ended: written, or canceled with the code of each operation (same order as built). */
export type TransactionOutcome = { written: true } | { written: false; codes: string[] };

/**
 * Runs one TransactWriteItems built from ElectroDB operations. A cancellation (a failed condition, or
 * a conflict with another transaction) is an answer, not an exception: the caller decides what each
 * operation's code means (retry, 409, already done).
 */
export async function writeTransaction(ctx: RepositoryContext, build: (entities: TransactionEntities) => unknown[]): Promise<TransactionOutcome> {
  try {
    // Builders return their operations as unknown[]; ElectroDB's tuple typing of mixed entities cannot be named here.
    const result = await ctx.service.transaction.write((entities) => build(entities) as never).go();
    if (!result.canceled) return { written: true };
    return { written: false, codes: (result.data as { code?: string }[]).map((item) => item.code ?? 'None') };
  } catch (error) {
    if (isTransactionConflict(error)) return { written: false, codes: ['TransactionConflict'] };
    if (isConditionFailure(error)) return { written: false, codes: ['ConditionalCheckFailed'] };
    throw error;
  }
}

/**
 * Runs a read again when DynamoDB answers TransactionConflictException (DynamoDB Local does so for a
 * plain read of an item an in-flight transaction holds; the SDK does not retry that error itself).
 */
export async function readRetryingConflicts<T>(read: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await read();
    } catch (error) {
      if (attempt >= attempts || !isTransactionConflict(error)) throw error;
      await pause(Math.random() * Math.min(100, 5 * attempt));
    }
  }
}

export function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
