/**
 * Invoice lifecycle and totals (SPEC B4).
 *
 *   draft  -> issued, void
 *   issued -> paid (fully settled), void (only while nothing is paid or credited by hand)
 *   paid   -> issued (a payment was reversed or refunded)
 *   void   : final
 *
 * An issued invoice is immutable: corrections are credit notes, never edits.
 */
import { ConflictError } from '../errors';
import { sumMinor } from './money';

export const INVOICE_STATUSES = ['draft', 'issued', 'paid', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

const ALLOWED: Record<InvoiceStatus, readonly InvoiceStatus[]> = {
  draft: ['issued', 'void'],
  issued: ['paid', 'void'],
  paid: ['issued'],
  void: [],
};

export function canChangeInvoiceStatus(from: InvoiceStatus, to: InvoiceStatus): boolean {
  return ALLOWED[from].includes(to);
}

/**
 * What credit notes not tied to a charge took off an invoice (credited by hand). A visit rollback's
 * credit note names its charge, and that charge is marked credited; a credit by hand leaves every
 * charge on the invoice at its full value.
 */
export function manualCreditMinor(creditNotes: readonly { amountMinor: number; chargeId?: string | undefined }[]): number {
  return sumMinor(creditNotes.filter((note) => !note.chargeId).map((note) => note.amountMinor));
}

/**
 * draft->issued, draft->void, issued->paid (fully settled), paid->issued (payment reversed), issued->void
 * (only when nothing paid and nothing credited by hand: voiding releases the invoice's charges at their
 * full value, so a hand credit would be billed again). Else ConflictError (code `invoice_transition`,
 * `invoice_has_payments` or `invoice_has_credit_notes`), with `{ from, to }` in its extra.
 */
export function assertInvoiceTransition(from: InvoiceStatus, to: InvoiceStatus, context: { paidMinor: number; manualCreditMinor?: number }): void {
  if (!canChangeInvoiceStatus(from, to)) {
    throw new ConflictError(`An invoice cannot go from ${from} to ${to}.`, 'invoice_transition', { from, to });
  }
  if (from === 'issued' && to === 'void' && context.paidMinor !== 0) {
    throw new ConflictError('An invoice with payments cannot be voided: refund the payments or issue a credit note.', 'invoice_has_payments', {
      from,
      to,
      paidMinor: context.paidMinor,
    });
  }
  if (from === 'issued' && to === 'void' && (context.manualCreditMinor ?? 0) !== 0) {
    throw new ConflictError(
      'An invoice with credit notes cannot be voided: its charges would be billable again at their full value. Credit what is left with a credit note instead.',
      'invoice_has_credit_notes',
      { from, to, creditedMinor: context.manualCreditMinor },
    );
  }
}

export interface InvoiceLineAmounts {
  subtotalMinor: number;
  taxByCode: Record<string, number>;
  totalMinor: number;
}

/** Sums the lines. Throws (a bug, not bad input) when a line's total is not its subtotal plus its tax. */
export function invoiceTotals(lines: readonly InvoiceLineAmounts[]): { subtotalMinor: number; taxByCode: Record<string, number>; taxMinor: number; totalMinor: number } {
  let subtotalMinor = 0;
  let totalMinor = 0;
  const taxByCode: Record<string, number> = {};
  lines.forEach((line, index) => {
    const lineTax = sumMinor(Object.values(line.taxByCode));
    if (line.subtotalMinor + lineTax !== line.totalMinor) {
      throw new Error(`invoiceTotals: line ${index} total ${line.totalMinor} is not subtotal ${line.subtotalMinor} + tax ${lineTax}.`);
    }
    subtotalMinor += line.subtotalMinor;
    totalMinor += line.totalMinor;
    for (const [code, tax] of Object.entries(line.taxByCode)) taxByCode[code] = (taxByCode[code] ?? 0) + tax;
  });
  return { subtotalMinor, taxByCode, taxMinor: sumMinor(Object.values(taxByCode)), totalMinor };
}

/** outstanding = total - paid - credited; never below 0. */
export function outstandingMinor(invoice: { totalMinor: number; paidMinor: number; creditedMinor: number }): number {
  return Math.max(0, invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor);
}
