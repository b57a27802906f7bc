/** Drafting an invoice from a case's charges (SPEC B4): which charges, in which order, how many, and the lines. */
import { ConflictError, ValidationError } from '../errors';
import type { ChargeRecord, InvoiceLine, NewInvoice } from './billingRecords';
import type { Payer } from '../schemas/billing';
import { invoiceTotals } from './invoiceRules';
import { formatInvoiceLabel } from './episodes';

/** At most this many charges on one invoice: with the invoice, the counter and the journal they fit one transaction (100 items). */
export const MAX_INVOICE_LINES = 95;

/** The sequence invoices are numbered from (per clinic, gapless). */
export const INVOICE_SEQUENCE = 'invoiceNumber';

/** The payer of the case named by `payerId`; a ValidationError at `path` when the case has no such payer. */
export function requireCasePayer<P extends { payerId: string }>(payers: readonly P[], payerId: string, path = 'payerId'): P {
  const payer = payers.find((item) => item.payerId === payerId);
  if (!payer) throw new ValidationError('Unknown payer.', [{ path, message: 'Not a payer of this case.' }]);
  return payer;
}

/** The charges an invoice to `payerId` takes: its open ones, the oldest service date first (then by id), at most 95. */
export function chargesToInvoice<C extends ChargeRecord>(charges: readonly C[], payerId: string): C[] {
  return charges
    .filter((charge) => charge.status === 'open' && charge.payerId === payerId)
    .sort((a, b) => a.serviceDate.localeCompare(b.serviceDate) || a.chargeId.localeCompare(b.chargeId))
    .slice(0, MAX_INVOICE_LINES);
}

/** The invoice's own copy of a charge: later changes to the charge cannot alter an invoice. */
export function invoiceLineOf(charge: ChargeRecord): InvoiceLine {
  return {
    chargeId: charge.chargeId,
    ...(charge.appointmentId ? { appointmentId: charge.appointmentId } : {}),
    code: charge.code,
    description: charge.description,
    serviceDate: charge.serviceDate,
    ...(charge.providerMemberId ? { providerMemberId: charge.providerMemberId } : {}),
    quantity: charge.quantity,
    unitPriceMinor: charge.unitPriceMinor,
    subtotalMinor: charge.subtotalMinor,
    taxByCode: charge.taxByCode,
    totalMinor: charge.totalMinor,
  };
}

export interface InvoiceDraftInput<C extends ChargeRecord> {
  invoiceId: string;
  caseId: string;
  clientId: string;
  payers: readonly Pick<Payer, 'payerId' | 'name' | 'kind'>[];
  payerId: string;
  currency: string;
  /** The case's charges as read (any status, any payer). */
  charges: readonly C[];
  notes?: string | undefined;
}

export interface InvoiceDraft<C extends ChargeRecord> {
  /** The invoice once it has its number. */
  invoice: (invoiceNumber: number) => NewInvoice;
  /** The charges it takes, marked invoiced (each written on condition it is still the version read). */
  charges: { before: C; next: C }[];
}

/**
 * A draft invoice of the case's uninvoiced charges for one payer. Unknown payer: ValidationError at
 * `payerId`; nothing to invoice: ConflictError `nothing_to_invoice`.
 */
export function draftInvoice<C extends ChargeRecord>(input: InvoiceDraftInput<C>): InvoiceDraft<C> {
  const payer = requireCasePayer(input.payers, input.payerId);
  const taken = chargesToInvoice(input.charges, input.payerId);
  if (taken.length === 0) throw new ConflictError('The case has no uninvoiced charges for this payer.', 'nothing_to_invoice');
  const lines = taken.map(invoiceLineOf);
  const totals = invoiceTotals(lines);
  return {
    invoice: (invoiceNumber) => ({
      invoiceId: input.invoiceId,
      invoiceNumber,
      invoiceLabel: formatInvoiceLabel(invoiceNumber),
      caseId: input.caseId,
      clientId: input.clientId,
      payerId: input.payerId,
      payerName: payer.name,
      payerKind: payer.kind,
      currency: input.currency,
      status: 'draft',
      lines,
      ...totals,
      paidMinor: 0,
      creditedMinor: 0,
      creditNotes: [],
      ...(input.notes ? { notes: input.notes } : {}),
    }),
    charges: taken.map((charge) => ({ before: charge, next: { ...charge, status: 'invoiced', invoiceId: input.invoiceId } })),
  };
}

/** The totals of what is left on a draft after lines are taken off it (no consistency check: the lines were checked when drafted). */
export function sumInvoiceLines(lines: readonly InvoiceLine[]): { subtotalMinor: number; taxByCode: Record<string, number>; taxMinor: number; totalMinor: number } {
  const taxByCode: Record<string, number> = {};
  let subtotalMinor = 0;
  let totalMinor = 0;
  for (const line of lines) {
    subtotalMinor += line.subtotalMinor;
    totalMinor += line.totalMinor;
    for (const [code, amount] of Object.entries(line.taxByCode)) taxByCode[code] = (taxByCode[code] ?? 0) + amount;
  }
  return { subtotalMinor, taxByCode, taxMinor: totalMinor - subtotalMinor, totalMinor };
}
