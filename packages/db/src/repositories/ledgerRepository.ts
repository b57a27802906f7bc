import { accountBalances, type JournalLine } from '@casefile/core';
import type { RepositoryContext } from './context';
import { readRetryingConflicts } from './transactionWrite';

export interface StoredJournalEntry {
  entryId: string;
  clientId: string;
  caseIds: string[];
  source: string;
  sourceId: string;
  postedAt: string;
  lines: JournalLine[];
}

export interface LedgerBalances {
  /** Debit minus credit per account (`receivable:<payer>`, `credit:<client>`, ...). */
  accounts: Map<string, number>;
  receivable(payerId: string): number;
  /** What the clinic holds for the client (credit is a liability: its balance is negative). */
  clientCredit(clientId: string): number;
}

/** The journal (B6): entries are only ever added; balances are sums over a client's entries (one Query, gsi1). */
export function createLedgerRepository(ctx: RepositoryContext) {
  const { journalEntry } = ctx.service.entities;

  async function entriesForClient(clientId: string): Promise<StoredJournalEntry[]> {
    const result = await readRetryingConflicts(() => journalEntry.query.byClient({ clinicId: ctx.clinicId, clientId }).go({ pages: 'all' }));
    return result.data as unknown as StoredJournalEntry[];
  }

  return {
    entriesForClient,
    async balancesForClient(clientId: string): Promise<LedgerBalances> {
      const entries = await entriesForClient(clientId);
      const accounts = accountBalances(entries.flatMap((entry) => entry.lines));
      return {
        accounts,
        receivable: (payerId) => accounts.get(`receivable:${payerId}`) ?? 0,
        clientCredit: (id) => -(accounts.get(`credit:${id}`) ?? 0),
      };
    },
  };
}

export type LedgerRepository = ReturnType<typeof createLedgerRepository>;
