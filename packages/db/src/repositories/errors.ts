import { ConflictError, ValidationError } from '@casefile/core';

/** A write lost an optimistic-concurrency race or a uniqueness condition. */
export function isConditionFailure(error: unknown): boolean {
  const text = errorText(error);
  return /ConditionalCheckFailed|conditional request failed/i.test(text);
}

export function isTransactionConflict(error: unknown): boolean {
  return /TransactionConflict|TransactionInProgress|TransactionCanceled/i.test(errorText(error));
}

/** A cursor that is not one of ours (edited, or from another query) is the caller's mistake, not a 500. */
export function isInvalidCursor(error: unknown): boolean {
  return /cursor|ExclusiveStartKey|starting key/i.test(errorText(error));
}

export function invalidCursor(cause: unknown): ValidationError {
  return new ValidationError('The cursor is not valid for this query.', [{ path: 'cursor', message: 'Invalid cursor.' }], { cause });
}

export function concurrentChange(entity: string, cause?: unknown): ConflictError {
  return new ConflictError(`The ${entity} was changed by someone else at the same time; reload and try again.`, 'concurrent_change', undefined, { cause });
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return `${error.name} ${error.message} ${cause instanceof Error ? `${cause.name} ${cause.message}` : ''}`;
}
