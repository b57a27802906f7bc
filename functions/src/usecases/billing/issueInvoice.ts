import { addLocalDays, type Invoice, issueInvoice as issued } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { clinicToday } from './clinicToday';
import { invoiceChangedMeanwhile } from './invoiceConflict';

/** Issues a draft (B4): today's date, due after the policy's payment terms, and its journal entry (receivable / revenue / tax). */
export async function issueInvoice(context: BillingContext, invoiceId: string): Promise<Invoice> {
  const { repos, runtime } = context;
  const current = await repos.invoices.get(invoiceId);
  const [issuedOn, policy] = await Promise.all([clinicToday(context), repos.billing.policy()]);
  const { next, entry } = issued(current, issuedOn, addLocalDays(issuedOn, policy.paymentTermsDays), runtime.clock.now().toISOString());
  const outcome = await repos.billingWrites.write({ invoices: [{ before: current, next }], journal: [{ entry, clientId: current.clientId, caseIds: [current.caseId] }] });
  if ('conflict' in outcome) throw invoiceChangedMeanwhile();
  return toInvoice(outcome.written.invoices[0]!);
}
