import { authorizationStanding, ledgerBalances, remainingVisits } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';

/** The billing part of the booking context (A6): what the case owes, the client's credit, payers, remaining visits. */
export async function bookingBilling(repos: ClinicRepositories, caseId: string, today: string) {
  const billing = await repos.billing.caseBilling(caseId);
  const [policy, entries] = await Promise.all([repos.billing.policy(), repos.ledger.entriesForClient(billing.clientId)]);
  const ledger = ledgerBalances(entries);
  const valid = billing.authorizations.filter((item) => item.validFrom <= today && today <= item.validTo);
  const limits = valid.map(remainingVisits).filter((value): value is number => value !== undefined);
  const remaining = limits.length > 0 ? limits.reduce((sum, value) => sum + value, 0) : null;
  const view = {
    currency: policy.currency,
    outstandingMinor: billing.payers.reduce((sum, payer) => sum + ledger.receivable(payer.payerId), 0),
    clientOutstandingMinor: ledger.totalReceivable(),
    clientCreditMinor: ledger.clientCredit(billing.clientId),
    payers: billing.payers.filter((payer) => payer.active).map((payer) => ({ payerId: payer.payerId, kind: payer.kind, name: payer.name })),
    authorizations: billing.authorizations.map((item) => ({
      authorizationId: item.authorizationId,
      payerId: item.payerId,
      validFrom: item.validFrom,
      validTo: item.validTo,
      remainingVisits: remainingVisits(item) ?? null,
    })),
    remainingVisits: remaining,
    authorizationStanding: authorizationStanding(billing.authorizations, today),
  };
  return { view, lowOnVisits: remaining !== null && remaining <= policy.remainingVisitsAlertThreshold, overrun: policy.authorizationOverrun };
}
