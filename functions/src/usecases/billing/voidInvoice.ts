import { type Invoice, voidInvoice as voided } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { invoiceChangedMeanwhile } from './invoiceConflict';

/** Voids an invoice (B4): its charges still on it go back to open, and what is left of an issued one is reversed in the journal. */
export async function voidInvoice({ repos, runtime }: BillingContext, invoiceId: string, reason: string): Promise<Invoice> {
  const current = await repos.invoices.get(invoiceId);
  const charges = await repos.charges.getMany(current.lines.map((line) => line.chargeId));
  const { next, released, entry } = voided(current, charges, reason, runtime.clock.now().toISOString());
  const outcome = await repos.billingWrites.write({
    invoices: [{ before: current, next }],
    charges: released,
    journal: entry ? [{ entry, clientId: current.clientId, caseIds: [current.caseId] }] : [],
  });
  if ('conflict' in outcome) throw invoiceChangedMeanwhile();
  return toInvoice(outcome.written.invoices[0]!);
}
