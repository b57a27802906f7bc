import { creditInvoice, creditNoteAmount, CREDIT_NOTE_SEQUENCE, type Invoice } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { invoiceChangedMeanwhile } from './invoiceConflict';

/** A credit note by hand on an issued invoice (B4), of part or all of what is outstanding, with the clinic's next credit-note number. */
export async function createCreditNote({ repos, runtime }: BillingContext, invoiceId: string, request: { amountMinor?: number | undefined; reason: string }): Promise<Invoice> {
  const current = await repos.invoices.get(invoiceId);
  const amountMinor = creditNoteAmount(current, request.amountMinor);
  const at = runtime.clock.now().toISOString();
  const creditNoteId = runtime.newId();
  const outcome = await repos.billingWrites.writeNumbered(CREDIT_NOTE_SEQUENCE, 1, (creditNoteNumber) => {
    const { next, entry } = creditInvoice(current, { creditNoteId, creditNoteNumber, amountMinor, reason: request.reason, at });
    return { invoices: [{ before: current, next }], journal: [{ entry, clientId: current.clientId, caseIds: [current.caseId] }] };
  });
  if ('conflict' in outcome) throw invoiceChangedMeanwhile();
  return toInvoice(outcome.written.invoices[0]!);
}
