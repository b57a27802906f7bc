/** Stored shapes of the billing documents and the pieces several billing repositories write. */
import {
  allocateProportionally,
  assertBalanced,
  type BillingItem,
  type Charge,
  formatCreditNoteLabel,
  type Invoice,
  invoiceReversalEntry,
  type JournalEntryDraft,
  outstandingMinor,
  type Payment,
  type PayerShare,
} from '@casefile/core';
import { type RecordMeta, type RepositoryContext, stampUpdate } from './context';
import type { TransactionEntities } from './transactionWrite';

export type StoredCharge = Charge & { clinicId: string; version: number };
export type StoredInvoice = Omit<Invoice, 'outstandingMinor'> & { clinicId: string; version: number };
export interface StoredRefund {
  refundId: string;
  amountMinor: number;
  reason: string;
  at: string;
  fromCreditMinor: number;
  allocations: { invoiceId: string; payerId: string; amountMinor: number }[];
}
export type StoredPayment = Omit<Payment, 'refunds'> & { clinicId: string; version: number; refunds: StoredRefund[] };

/** Where a new charge comes from and what it is for; the price per payer comes from the shares. */
export interface ChargeOrigin {
  caseId: string;
  clientId: string;
  appointmentId?: string;
  source: Charge['source'];
  serviceDate: string;
  providerMemberId?: string;
  quantity: number;
  unitPriceMinor: number;
}

/** The open charges of one priced billing item: one per payer share, each with its id from `chargeId`. */
export function openCharges(
  ctx: RepositoryContext,
  item: Pick<BillingItem, 'billingItemId' | 'code' | 'description' | 'taxCodes'>,
  origin: ChargeOrigin,
  shares: readonly PayerShare[],
  chargeId: (share: PayerShare) => string,
  meta: RecordMeta,
): StoredCharge[] {
  const { appointmentId, providerMemberId, ...rest } = origin;
  return shares.map((share) => ({
    clinicId: ctx.clinicId,
    chargeId: chargeId(share),
    ...rest,
    payerId: share.payerId,
    ...(appointmentId ? { appointmentId } : {}),
    billingItemId: item.billingItemId,
    status: 'open',
    code: item.code,
    description: item.description,
    ...(providerMemberId ? { providerMemberId } : {}),
    taxCodes: item.taxCodes,
    subtotalMinor: share.subtotalMinor,
    taxByCode: share.taxByCode,
    taxMinor: share.taxMinor,
    totalMinor: share.totalMinor,
    ...meta,
  }));
}

export function toCharge(stored: StoredCharge): Charge {
  const { clinicId: _clinic, version: _version, ...charge } = stored as StoredCharge & { appointmentKey?: string };
  delete (charge as { appointmentKey?: string }).appointmentKey;
  return charge;
}

export function toInvoice(stored: StoredInvoice): Invoice {
  const { clinicId: _clinic, version: _version, ...invoice } = stored as StoredInvoice & { openKey?: string };
  delete (invoice as { openKey?: string }).openKey;
  return { ...invoice, outstandingMinor: outstandingMinor(stored) };
}

export function toPayment(stored: StoredPayment): Payment {
  const { clinicId: _clinic, version: _version, ...payment } = stored;
  return { ...payment, refunds: stored.refunds.map(({ refundId, amountMinor, reason, at }) => ({ refundId, amountMinor, reason, at })) };
}

/** The item form of a charge: the hidden index key derived from its appointment. */
export function chargeItem(charge: StoredCharge): Record<string, unknown> {
  return { ...charge, appointmentKey: charge.appointmentId ?? '' };
}

/** The item form of an invoice: issued invoices are in the open-invoices index (A/R aging). */
export function invoiceItem(invoice: StoredInvoice): Record<string, unknown> {
  return { ...invoice, openKey: invoice.status === 'issued' ? 'open' : '' };
}

/** Writes an invoice's next state (stamped as the version after `before`), on condition that it is still the version read. */
export function invoicePutOperation(entities: TransactionEntities, ctx: RepositoryContext, before: StoredInvoice, next: StoredInvoice) {
  return entities.invoice
    .put(invoiceItem({ ...next, ...stampUpdate(ctx, before) }) as never)
    .where(({ version }, { eq }) => eq(version, before.version))
    .commit();
}

/** A balanced journal entry as an item; written with attribute_not_exists in its document's transaction. */
export function journalOperation(entities: TransactionEntities, ctx: RepositoryContext, entry: JournalEntryDraft, clientId: string, caseIds: readonly string[]) {
  assertBalanced(entry);
  return entities.journalEntry
    .create({
      clinicId: ctx.clinicId,
      entryId: `${entry.source}-${entry.sourceId}`,
      clientId,
      caseIds: [...new Set(caseIds)],
      source: entry.source,
      sourceId: entry.sourceId,
      postedAt: entry.postedAt,
      lines: entry.lines,
      createdBy: ctx.actor,
    })
    .commit();
}

/** What of an invoice's subtotal and each tax code is not yet credited. */
export function uncreditedParts(invoice: StoredInvoice): { subtotalMinor: number; taxByCode: Record<string, number> } {
  const taxByCode: Record<string, number> = { ...invoice.taxByCode };
  let subtotalMinor = invoice.subtotalMinor;
  for (const note of invoice.creditNotes) {
    subtotalMinor -= note.subtotalMinor;
    for (const [code, amount] of Object.entries(note.taxByCode)) taxByCode[code] = (taxByCode[code] ?? 0) - amount;
  }
  return { subtotalMinor, taxByCode };
}

/** The sequence credit notes are numbered from (per clinic, gapless, apart from invoice numbers). */
export const CREDIT_NOTE_SEQUENCE = 'creditNote';

/**
 * A credit note of `amountMinor` on an issued invoice: split over what is left of its subtotal and
 * taxes, the invoice's credited amount raised (settled when nothing is outstanding), and the reversing
 * journal entry. Returns the next invoice and the entry; the caller writes both in its transaction.
 */
export function creditInvoice(
  invoice: StoredInvoice,
  input: { creditNoteId: string; creditNoteNumber: number; amountMinor: number; reason: string; chargeId?: string; at: string },
): { next: StoredInvoice; entry: JournalEntryDraft } {
  const left = uncreditedParts(invoice);
  const codes = Object.keys(left.taxByCode).sort();
  const [subtotalMinor = 0, ...taxes] = allocateProportionally(input.amountMinor, [left.subtotalMinor, ...codes.map((code) => left.taxByCode[code] ?? 0)]);
  const taxByCode = Object.fromEntries(codes.map((code, index) => [code, taxes[index] ?? 0]).filter(([, amount]) => amount !== 0));
  const note = {
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
  const next: StoredInvoice = { ...invoice, creditedMinor, creditNotes: [...invoice.creditNotes, note], status: invoice.status === 'issued' && settled ? 'paid' : invoice.status };
  const entry = invoiceReversalEntry('credit_note', input.creditNoteId, { payerId: invoice.payerId, subtotalMinor, taxByCode, totalMinor: input.amountMinor }, input.at);
  return { next, entry };
}
