import { ConflictError } from '@casefile/core';

/** The answer when a case's payers or authorizations changed between the read and the write. */
export function caseBillingChangedMeanwhile(): ConflictError {
  return new ConflictError('The case billing was changed by someone else at the same time; reload and try again.', 'concurrent_change');
}
