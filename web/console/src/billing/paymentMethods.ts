/**
 * Payment methods in words (issue 16, billing), and the method a new payment starts with: a
 * payment toward invoices billed to an insurer (or another third party) is its remittance; one
 * toward the client's own invoices is most often a card.
 */
import type { Schemas } from '../api/client';

type Method = Schemas['CreatePayment']['method'];
type PayerKind = Schemas['Payer']['kind'];

const LABELS: Readonly<Record<Method, string>> = {
  card: 'Credit card',
  debit: 'Debit card',
  cash: 'Cash',
  cheque: 'Cheque',
  eft: 'Bank transfer (EFT)',
  insurer_remittance: 'Insurer payment',
  credit: 'Account credit',
  other: 'Other',
};

export function paymentMethodLabel(method: string): string {
  return LABELS[method as Method] ?? method;
}

/** The methods staff may choose when recording a payment (account credit is applied, not received). */
export const PAYMENT_METHOD_CHOICES = (['card', 'debit', 'cash', 'cheque', 'eft', 'insurer_remittance', 'other'] as const).map((value) => ({ value, label: LABELS[value] }));

export function defaultPaymentMethod(payerKinds: readonly (PayerKind | undefined)[]): Method {
  return payerKinds.length > 0 && payerKinds.every((kind) => kind !== undefined && kind !== 'client') ? 'insurer_remittance' : 'card';
}

/** Whether a payment came from an insurer or other third party rather than the client. */
export function isInsurerPayment(payment: { method: string }): boolean {
  return payment.method === 'insurer_remittance';
}
