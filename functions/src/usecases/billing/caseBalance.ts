import { ledgerBalances } from '@casefile/core';
import type { BillingContext } from './billingContext';

/** A case's balance (B6): receivable per payer from the ledger, the client's credit, and charges not yet invoiced. */
export async function caseBalance({ repos }: BillingContext, caseId: string) {
  const billing = await repos.billing.caseBilling(caseId);
  const [policy, entries, charges] = await Promise.all([repos.billing.policy(), repos.ledger.entriesForClient(billing.clientId), repos.charges.listForCase(caseId)]);
  const ledger = ledgerBalances(entries);
  const byPayer = billing.payers.map((payer) => ({ payerId: payer.payerId, payerName: payer.name, receivableMinor: ledger.receivable(payer.payerId) }));
  return {
    currency: policy.currency,
    receivableMinor: byPayer.reduce((sum, payer) => sum + payer.receivableMinor, 0),
    byPayer,
    clientCreditMinor: ledger.clientCredit(billing.clientId),
    uninvoicedMinor: charges.filter((charge) => charge.status === 'open').reduce((sum, charge) => sum + charge.totalMinor, 0),
  };
}
