/**
 * The billing documents as the decisions see them: the API shapes without what is derived on the way
 * out (an invoice's outstanding amount, a refund's internal split). Storage adds its keys and version;
 * every decision is generic over the stored type, so what it does not touch passes through unchanged.
 */
import type { Authorization } from '../schemas/billing';
import type { Charge, Invoice, Payment } from '../schemas/billingDocuments';
import type { JournalEntryDraft } from './ledger';

/** Who stamps a record (created/updated at and by) is storage's business, not the decision's. */
type Stamped = 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy';

export type ChargeRecord = Charge;
/** A charge a decision creates; storage stamps it. */
export type NewCharge = Omit<Charge, Stamped>;

export type InvoiceRecord = Omit<Invoice, 'outstandingMinor'>;
export type NewInvoice = Omit<InvoiceRecord, Stamped>;
export type InvoiceLine = InvoiceRecord['lines'][number];
export type CreditNote = InvoiceRecord['creditNotes'][number];

/** A refund as kept on its payment: what it took from the payment's credit and from each invoice. */
export interface RefundRecord {
  refundId: string;
  amountMinor: number;
  reason: string;
  at: string;
  fromCreditMinor: number;
  allocations: { invoiceId: string; payerId: string; amountMinor: number }[];
}
export type PaymentRecord = Omit<Payment, 'refunds'> & { refunds: RefundRecord[] };
export type NewPayment = Omit<PaymentRecord, Stamped>;

/** A stored authorization: the API's fields without the derived remaining count. */
export type AuthorizationRecord = Omit<Authorization, 'remainingVisits'>;

/** A document's next state beside the state it was decided from (storage conditions the write on it). */
export interface Change<T> {
  before: T;
  next: T;
}

/** A balanced journal entry with the client and cases it is filed under. */
export interface JournalPosting {
  entry: JournalEntryDraft;
  clientId: string;
  caseIds: string[];
}
