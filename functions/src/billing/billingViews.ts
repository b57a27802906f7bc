import { agingReport, AGING_BUCKETS, authorizationStanding, localDateOf, outstandingMinor, remainingVisits } from '@casefile/core';
import { type ClinicRepositories, toInvoice } from '@casefile/db';

/** The clinic's today, as a local date. */
export async function clinicToday(repos: ClinicRepositories, now: Date): Promise<string> {
  const clinic = await repos.clinic.get();
  return localDateOf(now.toISOString(), clinic.defaultTimeZone);
}

/** A case's balance (B6): receivable per payer from the ledger, the client's credit, and charges not yet invoiced. */
export async function caseBalance(repos: ClinicRepositories, caseId: string) {
  const billing = await repos.billing.caseBilling(caseId);
  const [policy, ledger, charges] = await Promise.all([repos.billing.policy(), repos.ledger.balancesForClient(billing.clientId), repos.charges.listForCase(caseId)]);
  const byPayer = billing.payers.map((payer) => ({ payerId: payer.payerId, payerName: payer.name, receivableMinor: ledger.receivable(payer.payerId) }));
  return {
    currency: policy.currency,
    receivableMinor: byPayer.reduce((sum, payer) => sum + payer.receivableMinor, 0),
    byPayer,
    clientCreditMinor: ledger.clientCredit(billing.clientId),
    uninvoicedMinor: charges.filter((charge) => charge.status === 'open').reduce((sum, charge) => sum + charge.totalMinor, 0),
  };
}

/** A client's statement (B7): invoices (not drafts), payments, what is owed and held, aged. */
export async function clientStatement(repos: ClinicRepositories, clientId: string, asOf: string) {
  await repos.clients.get(clientId);
  const [policy, invoices, payments, ledger] = await Promise.all([
    repos.billing.policy(),
    repos.invoices.listForClient(clientId),
    repos.payments.listForClient(clientId),
    repos.ledger.balancesForClient(clientId),
  ]);
  const shown = invoices.filter((invoice) => invoice.status !== 'draft').map(toInvoice);
  const open = shown.filter((invoice) => invoice.status === 'issued' && invoice.issuedOn);
  const aged = agingReport(open.map((invoice) => ({ invoiceId: invoice.invoiceId, payerId: invoice.payerId, issuedOn: invoice.issuedOn!, outstandingMinor: invoice.outstandingMinor })), asOf);
  const aging = Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, aged.reduce((sum, row) => sum + row.buckets[bucket], 0)]));
  const receivableMinor = [...ledger.accounts].filter(([account]) => account.startsWith('receivable:')).reduce((sum, [, amount]) => sum + amount, 0);
  return {
    clientId,
    currency: policy.currency,
    asOf,
    invoices: shown.map((invoice) => ({
      invoiceId: invoice.invoiceId,
      invoiceLabel: invoice.invoiceLabel,
      caseId: invoice.caseId,
      payerId: invoice.payerId,
      payerName: invoice.payerName,
      status: invoice.status,
      ...(invoice.issuedOn ? { issuedOn: invoice.issuedOn } : {}),
      ...(invoice.dueOn ? { dueOn: invoice.dueOn } : {}),
      totalMinor: invoice.totalMinor,
      paidMinor: invoice.paidMinor,
      creditedMinor: invoice.creditedMinor,
      outstandingMinor: invoice.outstandingMinor,
    })),
    payments: payments.map((payment) => ({
      paymentId: payment.paymentId,
      amountMinor: payment.amountMinor,
      method: payment.method,
      fromCreditMinor: payment.fromCreditMinor,
      toCreditMinor: payment.toCreditMinor,
      refundedMinor: payment.refundedMinor,
      receivedOn: payment.receivedOn,
    })),
    receivableMinor,
    clientCreditMinor: ledger.clientCredit(clientId),
    aging,
  };
}

/** A/R aging per payer (B7) over the clinic's issued invoices (one Query of the sparse open-invoice index). */
export async function agingForClinic(repos: ClinicRepositories, asOf: string) {
  const [policy, open] = await Promise.all([repos.billing.policy(), repos.invoices.listOpen()]);
  const payerOf = new Map(open.map((invoice) => [invoice.payerId, { payerName: invoice.payerName, caseId: invoice.caseId }]));
  const rows = agingReport(
    open.filter((invoice) => invoice.issuedOn).map((invoice) => ({ invoiceId: invoice.invoiceId, payerId: invoice.payerId, issuedOn: invoice.issuedOn!, outstandingMinor: outstandingMinor(invoice) })),
    asOf,
  );
  const totals = Object.fromEntries(AGING_BUCKETS.map((bucket) => [bucket, rows.reduce((sum, row) => sum + row.buckets[bucket], 0)]));
  return {
    asOf,
    currency: policy.currency,
    payers: rows.map((row) => ({ payerId: row.payerId, ...payerOf.get(row.payerId)!, buckets: row.buckets, totalMinor: row.totalMinor })),
    totals,
  };
}

/** The billing part of the booking context (A6): what the case owes, the client's credit, payers, remaining visits. */
export async function bookingBilling(repos: ClinicRepositories, caseId: string, today: string) {
  const billing = await repos.billing.caseBilling(caseId);
  const [policy, ledger] = await Promise.all([repos.billing.policy(), repos.ledger.balancesForClient(billing.clientId)]);
  const valid = billing.authorizations.filter((item) => item.validFrom <= today && today <= item.validTo);
  const limits = valid.map(remainingVisits).filter((value): value is number => value !== undefined);
  const clientOutstanding = [...ledger.accounts].filter(([account]) => account.startsWith('receivable:')).reduce((sum, [, amount]) => sum + amount, 0);
  const remaining = limits.length > 0 ? limits.reduce((sum, value) => sum + value, 0) : null;
  const view = {
    currency: policy.currency,
    outstandingMinor: billing.payers.reduce((sum, payer) => sum + ledger.receivable(payer.payerId), 0),
    clientOutstandingMinor: clientOutstanding,
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
