import { ConflictError, draftInvoice, type CreateInvoice, INVOICE_SEQUENCE, type Invoice } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { BillingContext } from './billingContext';

/**
 * A draft invoice of the case's uninvoiced charges for one payer (B4), numbered with the clinic's next
 * invoice number in the same transaction that marks the charges invoiced, each conditioned on the
 * version read, so two invoices never take the same charge (a lost race is 409 `charges_changed`).
 */
export async function createInvoice({ repos, runtime }: BillingContext, caseId: string, request: CreateInvoice): Promise<Invoice> {
  const [billing, policy] = await Promise.all([repos.billing.caseBilling(caseId), repos.billing.policy()]);
  // The case's charges query is eventually consistent: its open ones are read again by key before deciding.
  const listed = (await repos.charges.listForCase(caseId)).filter((charge) => charge.status === 'open' && charge.payerId === request.payerId);
  const charges = await repos.charges.getMany(listed.map((charge) => charge.chargeId));
  const draft = draftInvoice({
    invoiceId: runtime.newId(),
    caseId,
    clientId: billing.clientId,
    payers: billing.payers,
    payerId: request.payerId,
    currency: policy.currency,
    charges,
    notes: request.notes,
  });
  const outcome = await repos.billingWrites.writeNumbered(INVOICE_SEQUENCE, 1, (invoiceNumber) => ({ newInvoice: draft.invoice(invoiceNumber), charges: draft.charges }));
  if ('conflict' in outcome) throw new ConflictError('Some of the charges changed (or were invoiced) at the same time; try again.', 'charges_changed');
  return toInvoice(outcome.written.invoices[0]!);
}
