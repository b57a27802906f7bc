/** Balances read from a client's journal (SPEC B6): what each payer owes and what the clinic holds for the client. */
import { accountBalances, type JournalLine } from './ledger';

export interface LedgerBalances {
  /** Debit minus credit per account (`receivable:<payer>`, `credit:<client>`, ...). */
  accounts: Map<string, number>;
  receivable(payerId: string): number;
  /** Receivable over every payer of the client's cases. */
  totalReceivable(): number;
  /** What the clinic holds for the client (credit is a liability: its balance is negative). */
  clientCredit(clientId: string): number;
}

export function ledgerBalances(entries: readonly { lines: readonly JournalLine[] }[]): LedgerBalances {
  const accounts = accountBalances(entries.flatMap((entry) => entry.lines));
  return {
    accounts,
    receivable: (payerId) => accounts.get(`receivable:${payerId}`) ?? 0,
    totalReceivable: () => [...accounts].filter(([account]) => account.startsWith('receivable:')).reduce((sum, [, amount]) => sum + amount, 0),
    clientCredit: (clientId) => -(accounts.get(`credit:${clientId}`) ?? 0),
  };
}
