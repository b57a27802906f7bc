import { ConflictError } from '@casefile/core';

/** The answer when an invoice changed between the read and the write. */
export function invoiceChangedMeanwhile(): ConflictError {
  return new ConflictError('The invoice changed at the same time; reload and try again.', 'concurrent_change');
}
