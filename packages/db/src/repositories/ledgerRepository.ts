import type { StoredJournalEntry } from './billingRecords';
import type { RepositoryContext } from './context';
import { readRetryingConflicts } from './transactionWrite';

/** The journal (B6): entries are only ever added (through `billingWrites`); a client's entries are one Query (gsi1). */
export function createLedgerRepository(ctx: RepositoryContext) {
  const { journalEntry } = ctx.service.entities;

  return {
    async entriesForClient(clientId: string): Promise<StoredJournalEntry[]> {
      const result = await readRetryingConflicts(() => journalEntry.query.byClient({ clinicId: ctx.clinicId, clientId }).go({ pages: 'all' }));
      return result.data;
    },
  };
}

export type LedgerRepository = ReturnType<typeof createLedgerRepository>;
