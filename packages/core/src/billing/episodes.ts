import { Temporal } from 'temporal-polyfill';
/**
 * Which billing an appointment's status calls for (B2, B3): the charges of an arrival (kept through
 * Paid), a No Show fee, a late-cancellation fee, or nothing. The charge consumer reconciles what it
 * did with this, so the outcome depends on the appointment's current state only, never on how many
 * times or in which order stream records arrive.
 */
export type BillingEpisodeKind = 'arrival' | 'no_show' | 'late_cancel';

export function desiredEpisode(
  appointment: { status: string; cancellation?: { late?: boolean } | undefined },
  policy: { noShowFeeItemId?: string | null; lateCancelFeeItemId?: string | null },
): BillingEpisodeKind | undefined {
  if (appointment.status === 'arrived' || appointment.status === 'paid') return 'arrival';
  if (appointment.status === 'no_show' && policy.noShowFeeItemId) return 'no_show';
  if (appointment.status === 'canceled' && appointment.cancellation?.late && policy.lateCancelFeeItemId) return 'late_cancel';
  return undefined;
}

/** A visit is settled when it has charges and every one of them is on a paid invoice. */
export function visitSettled(charges: readonly { status: string; invoiceId?: string | undefined }[], invoiceStatus: ReadonlyMap<string, string>): boolean {
  const live = charges.filter((charge) => charge.status === 'open' || charge.status === 'invoiced');
  return live.length > 0 && live.every((charge) => charge.invoiceId !== undefined && invoiceStatus.get(charge.invoiceId) === 'paid');
}

export function formatInvoiceLabel(invoiceNumber: number): string {
  return `INV-${String(invoiceNumber).padStart(6, '0')}`;
}

/** Credit notes have their own gapless sequence per clinic. */
export function formatCreditNoteLabel(creditNoteNumber: number): string {
  return `CN-${String(creditNoteNumber).padStart(6, '0')}`;
}

/** The local date of an instant in a zone (a visit's service date, an invoice's issue date). */
export function localDateOf(instant: string, zone: string): string {
  return Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDate().toString();
}

export function addLocalDays(date: string, days: number): string {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}
