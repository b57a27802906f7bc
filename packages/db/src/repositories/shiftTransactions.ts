/**
 * Writes many shift changes as DynamoDB transactions of at most 100 items, all or nothing from the
 * caller's point of view: when a transaction is canceled (a condition failed), the transactions
 * already committed for the same request are undone in reverse order before the error is raised.
 *
 * Only a crash between two transactions (the process dies mid-request) can leave part of a request
 * written; every step's conditions make a retry of the whole request fail cleanly instead of writing
 * twice, so the caller sees 409 naming what exists rather than silent duplicates.
 */
import type { RepositoryContext } from './context';
import { isTransactionConflict } from './errors';
import type { TransactionEntities } from './sequenceAllocator';

export const MAX_TRANSACTION_ITEMS = 100;
const CONFLICT_ATTEMPTS = 4;

/** One logical change (e.g. a shift and its day claim): its operations and the operations undoing them. */
export interface WriteStep {
  write(entities: TransactionEntities): unknown[];
  undo(entities: TransactionEntities): unknown[];
  /** How many items `write` touches; a step is never split across transactions. */
  items: number;
}

export interface RejectedStep<S extends WriteStep> {
  step: S;
  /** DynamoDB's cancellation code of the first rejected item, e.g. `ConditionalCheckFailed`. */
  code: string;
  /** The step's operation index that was rejected. */
  operation: number;
}

export class StepsRejected<S extends WriteStep> extends Error {
  override name = 'StepsRejected';
  constructor(readonly rejected: RejectedStep<S>) {
    super(`A transaction was canceled: ${rejected.code}.`);
  }
}

/** Groups steps into transactions of at most `MAX_TRANSACTION_ITEMS` items, keeping their order. */
export function chunkSteps<S extends WriteStep>(steps: readonly S[], limit = MAX_TRANSACTION_ITEMS): S[][] {
  const chunks: S[][] = [];
  let current: S[] = [];
  let size = 0;
  for (const step of steps) {
    if (size + step.items > limit && current.length > 0) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += step.items;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/**
 * Commits every step or none of them (see the module comment for the one exception). Throws
 * `StepsRejected` naming the first step whose condition failed, after undoing what was committed.
 */
export async function writeSteps<S extends WriteStep>(ctx: RepositoryContext, steps: readonly S[]): Promise<void> {
  const committed: S[][] = [];
  for (const chunk of chunkSteps(steps)) {
    const rejected = await commitChunk(ctx, chunk);
    if (rejected) {
      await undoChunks(ctx, committed);
      throw new StepsRejected(rejected);
    }
    committed.push(chunk);
  }
}

async function commitChunk<S extends WriteStep>(ctx: RepositoryContext, chunk: readonly S[]): Promise<RejectedStep<S> | undefined> {
  for (let attempt = 1; ; attempt++) {
    let result: { canceled: boolean; data: { rejected: boolean; code: string }[] };
    try {
      // Steps return their operations as unknown[] (mixed entities); see writeTransaction.
      result = (await ctx.service.transaction.write(((entities: TransactionEntities) => chunk.flatMap((step) => step.write(entities))) as never).go()) as typeof result;
    } catch (error) {
      if (isTransactionConflict(error) && attempt < CONFLICT_ATTEMPTS) {
        await pause(attempt);
        continue;
      }
      throw error;
    }
    if (!result.canceled) return undefined;
    const rejected = locateRejection(chunk, result.data);
    // A pure conflict with another transaction in flight is worth retrying; a failed condition is not.
    if (rejected.code === 'TransactionConflict' && attempt < CONFLICT_ATTEMPTS) {
      await pause(attempt);
      continue;
    }
    return rejected;
  }
}

function locateRejection<S extends WriteStep>(chunk: readonly S[], reasons: readonly { rejected: boolean; code: string }[]): RejectedStep<S> {
  const firstFailed = reasons.findIndex((reason) => reason.rejected && reason.code === 'ConditionalCheckFailed');
  const index = firstFailed >= 0 ? firstFailed : Math.max(0, reasons.findIndex((reason) => reason.rejected));
  let offset = 0;
  for (const step of chunk) {
    if (index < offset + step.items) return { step, code: reasons[index]?.code ?? 'Unknown', operation: index - offset };
    offset += step.items;
  }
  return { step: chunk[chunk.length - 1]!, code: reasons[index]?.code ?? 'Unknown', operation: 0 };
}

/**
 * Best effort: a chunk's undo runs as one transaction; if that is canceled, step by step, and an undo
 * whose own condition fails (someone changed that item in between) leaves their change alone.
 */
async function undoChunks<S extends WriteStep>(ctx: RepositoryContext, committed: readonly S[][]): Promise<void> {
  for (const chunk of [...committed].reverse()) {
    if (await tryTransaction(ctx, chunk, (step, entities) => step.undo(entities))) continue;
    for (const step of chunk) await tryTransaction(ctx, [step], (one, entities) => one.undo(entities));
  }
}

async function tryTransaction<S extends WriteStep>(
  ctx: RepositoryContext,
  steps: readonly S[],
  operations: (step: S, entities: TransactionEntities) => unknown[],
): Promise<boolean> {
  try {
    // Steps return their operations as unknown[] (mixed entities); see writeTransaction.
    const result = await ctx.service.transaction.write(((entities: TransactionEntities) => steps.flatMap((step) => operations(step, entities))) as never).go();
    return !result.canceled;
  } catch {
    return false;
  }
}

function pause(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
}
