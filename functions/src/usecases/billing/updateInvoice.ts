import { assertInvoiceEditable, type Invoice, patchRecord, type UpdateInvoice } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { invoiceChangedMeanwhile } from './invoiceConflict';

/** Edits a draft's notes (B4); issued invoices are corrected with credit notes instead. */
export async function updateInvoice({ repos }: BillingContext, invoiceId: string, patch: UpdateInvoice): Promise<Invoice> {
  const current = await repos.invoices.get(invoiceId);
  assertInvoiceEditable(current);
  const outcome = await repos.billingWrites.write({ invoices: [{ before: current, next: patchRecord(current, patch) }] });
  if ('conflict' in outcome) throw invoiceChangedMeanwhile();
  return toInvoice(outcome.written.invoices[0]!);
}
