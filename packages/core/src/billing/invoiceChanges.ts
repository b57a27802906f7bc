/**
 * What each change to an existing invoice makes of it (SPEC B4): editing a draft, issuing, voiding,
 * crediting. Each returns the next state and the journal entry to post with it; storage writes both
 * in one transaction conditioned on the version the decision was made from.
 */
import { ConflictError, ValidationError } from '../errors';
import type { ChargeRecord, CreditNote, InvoiceRecord } from './billingRecords';
import { formatCreditNoteLabel } from './episodes';
import { assertInvoiceTransition, manualCreditMinor, outstandingMinor } from './invoiceRules';
import { invoiceIssuedEntry, invoiceReversalEntry, type JournalEntryDraft } from './ledger';
import { allocateProportionally } from './money';

/** Only a draft changes by edit; an issued invoice is corrected with a credit note (ConflictError `invoice_immutable`). */
export function assertInvoiceEditable(invoice: Pick<InvoiceRecord, 'status'>): void {
  if (invoice.status !== 'draft') {
    throw new ConflictError(`The invoice is ${invoice.status}: issued invoices are immutable; correct them with a credit note.`, 'invoice_immutable', { status: invoice.status });
  }
}

/** Issues a draft on `issuedOn` (the clinic's local date), due after the payment terms; posts receivable / revenue / tax. */
export function issueInvoice<I extends InvoiceRecord>(invoice: I, issuedOn: string, dueOn: string, at: string): { next: I; entry: JournalEntryDraft } {
  assertInvoiceTransition(invoice.status, 'issued', { paidMinor: invoice.paidMinor });
  const entry = invoiceIssuedEntry(
    { invoiceId: invoice.invoiceId, payerId: invoice.payerId, subtotalMinor: invoice.subtotalMinor, taxByCode: invoice.taxByCode, totalMinor: invoice.totalMinor },
    at,
  );
  return { next: { ...invoice, status: 'issued', issuedOn, dueOn }, entry };
}

/** What of an invoice's subtotal and each tax code is not yet credited. */
export function uncreditedParts(invoice: Pick<InvoiceRecord, 'subtotalMinor' | 'taxByCode' | 'creditNotes'>): { subtotalMinor: number; taxByCode: Record<string, number> } {
  const taxByCode: Record<string, number> = { ...invoice.taxByCode };
  let subtotalMinor = invoice.subtotalMinor;
  for (const note of invoice.creditNotes) {
    subtotalMinor -= note.subtotalMinor;
    for (const [code, amount] of Object.entries(note.taxByCode)) taxByCode[code] = (taxByCode[code] ?? 0) - amount;
  }
  return { subtotalMinor, taxByCode };
}

/**
 * Voids a draft, or an issued invoice nothing was paid on nor credited by hand (reversing what is left
 * of it). Its charges still on it go back to open, to be invoiced again. Charges a visit rollback
 * credited stay credited: their credit notes already reversed their part, so the ledger stays whole.
 */
export function voidInvoice<I extends InvoiceRecord, C extends ChargeRecord>(
  invoice: I,
  charges: readonly C[],
  reason: string,
  at: string,
): { next: I; released: { before: C; next: C }[]; entry?: JournalEntryDraft } {
  assertInvoiceTransition(invoice.status, 'void', { paidMinor: invoice.paidMinor, manualCreditMinor: manualCreditMinor(invoice.creditNotes) });
  const released = charges
    .filter((charge) => charge.status === 'invoiced' && charge.invoiceId === invoice.invoiceId)
    .map((charge) => ({ before: charge, next: reopenedCharge(charge) }));
  const next: I = { ...invoice, status: 'void', notes: [invoice.notes, `Void: ${reason}`].filter(Boolean).join('\n') };
  const remaining = invoice.totalMinor - invoice.creditedMinor;
  if (invoice.status !== 'issued' || remaining <= 0) return { next, released };
  const entry = invoiceReversalEntry('void', invoice.invoiceId, { payerId: invoice.payerId, ...uncreditedParts(invoice), totalMinor: remaining }, at);
  return { next, released, entry };
}

/** A charge back to open, off its invoice. */
export function reopenedCharge<C extends ChargeRecord>(charge: C): C {
  const next: C = { ...charge, status: 'open' };
  delete next.invoiceId;
  return next;
}

/**
 * The amount of a credit note by hand: only on an issued invoice (ConflictError `invoice_not_open`),
 * of part or all of what is outstanding (ValidationError at `amountMinor`); omitted means all of it.
 */
export function creditNoteAmount(invoice: Pick<InvoiceRecord, 'status' | 'totalMinor' | 'paidMinor' | 'creditedMinor'>, amountMinor: number | undefined): number {
  if (invoice.status !== 'issued') {
    throw new ConflictError(`Only issued invoices with something outstanding take a credit note; this one is ${invoice.status}.`, 'invoice_not_open', { status: invoice.status });
  }
  const outstanding = outstandingMinor(invoice);
  const amount = amountMinor ?? outstanding;
  if (amount <= 0 || amount > outstanding) throw new ValidationError('The credit is more than what is outstanding.', [{ path: 'amountMinor', message: `At most ${outstanding}.` }]);
  return amount;
}

/**
 * A credit note of `amountMinor` on an issued (or paid) invoice: split over what is left of its
 * subtotal and taxes, the invoice's credited amount raised (settled when nothing is outstanding), and
 * the reversing journal entry.
 */
export function creditInvoice<I extends InvoiceRecord>(
  invoice: I,
  input: { creditNoteId: string; creditNoteNumber: number; amountMinor: number; reason: string; chargeId?: string; at: string },
): { next: I; entry: JournalEntryDraft } {
  const left = uncreditedParts(invoice);
  const codes = Object.keys(left.taxByCode).sort();
  const [subtotalMinor = 0, ...taxes] = allocateProportionally(input.amountMinor, [left.subtotalMinor, ...codes.map((code) => left.taxByCode[code] ?? 0)]);
  const taxByCode = Object.fromEntries(codes.map((code, index) => [code, taxes[index] ?? 0] as const).filter(([, amount]) => amount !== 0));
  const note: CreditNote = {
    creditNoteId: input.creditNoteId,
    creditNoteNumber: input.creditNoteNumber,
    creditNoteLabel: formatCreditNoteLabel(input.creditNoteNumber),
    amountMinor: input.amountMinor,
    subtotalMinor,
    taxByCode,
    reason: input.reason,
    at: input.at,
    ...(input.chargeId ? { chargeId: input.chargeId } : {}),
  };
  const creditedMinor = invoice.creditedMinor + input.amountMinor;
  const settled = invoice.paidMinor + creditedMinor >= invoice.totalMinor;
  const next: I = { ...invoice, creditedMinor, creditNotes: [...invoice.creditNotes, note], status: invoice.status === 'issued' && settled ? 'paid' : invoice.status };
  const entry = invoiceReversalEntry('credit_note', input.creditNoteId, { payerId: invoice.payerId, subtotalMinor, taxByCode, totalMinor: input.amountMinor }, input.at);
  return { next, entry };
}

/** The sequence credit notes are numbered from (per clinic, gapless, apart from invoice numbers). */
export const CREDIT_NOTE_SEQUENCE = 'creditNote';

/** Numbers the credit notes `creditNoteIds` (in that order) from `first`: a rollback's notes get their numbers only when written. */
export function numberCreditNotes<I extends InvoiceRecord>(invoice: I, creditNoteIds: readonly string[], first: number): I {
  return {
    ...invoice,
    creditNotes: invoice.creditNotes.map((note) => {
      const index = creditNoteIds.indexOf(note.creditNoteId);
      return index === -1 ? note : { ...note, creditNoteNumber: first + index, creditNoteLabel: formatCreditNoteLabel(first + index) };
    }),
  };
}
