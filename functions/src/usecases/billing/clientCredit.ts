import { ledgerBalances } from '@casefile/core';
import type { ClinicRepositories, StoredClientAccount } from '@casefile/db';

/** A client's credit as a write conditions on it: the account item, or (`account` undefined) the journal's balance for clients from before it. */
export interface ClientCredit {
  account: StoredClientAccount | undefined;
  creditMinor: number;
}

export async function readClientCredit(repos: ClinicRepositories, clientId: string): Promise<ClientCredit> {
  const account = await repos.payments.clientAccount(clientId);
  if (account) return { account, creditMinor: account.creditMinor };
  const balances = ledgerBalances(await repos.ledger.entriesForClient(clientId));
  return { account: undefined, creditMinor: balances.clientCredit(clientId) };
}
