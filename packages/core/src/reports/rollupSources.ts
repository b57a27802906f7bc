import type { AppointmentStatus } from '../appointments/lifecycle';
import type { CaseStatus } from '../caseStatus';
import type { ChargeReportFacts } from './chargeReportFacts';

/**
 * What the rollups read of each source document: the fields a stored item and a stream image both
 * carry. Structural, so storage passes its items unchanged.
 */
export interface AppointmentFacts {
  /** Stored appointments always have one (a rebuild finds a charge's appointment by it). */
  appointmentId?: string | undefined;
  start: string;
  end: string;
  status: AppointmentStatus;
  calendarId: string;
  sessionId: string;
  /** The case the visit belongs to (R4's visits per case); stored appointments always have one. */
  caseId?: string | undefined;
  cancellation?: { late: boolean } | undefined;
}

export interface ChargeFacts {
  chargeId: string;
  caseId: string;
  appointmentId?: string | undefined;
  serviceDate: string;
  status: 'open' | 'invoiced' | 'removed' | 'credited';
  source: string;
  code: string;
  payerId: string;
  providerMemberId?: string | undefined;
  totalMinor: number;
  /**
   * Not part of the stored charge: the facts the rollups recorded when they first saw it (see
   * chargeReportFacts.ts), attached to both images of a record before its delta is taken.
   */
  reportFacts?: ChargeReportFacts | undefined;
}

export interface InvoiceFacts {
  status: 'draft' | 'issued' | 'paid' | 'void';
  /** The kind of the invoice's payer when it was drafted (absent on invoices drafted before it was kept). */
  payerKind?: string | undefined;
  issuedOn?: string | undefined;
  totalMinor: number;
  paidMinor: number;
  creditedMinor: number;
  creditNotes: readonly { amountMinor: number; at: string }[];
}

export interface PaymentFacts {
  receivedOn: string;
  method: string;
  amountMinor: number;
  refunds: readonly { amountMinor: number; at: string }[];
}

export interface CaseFacts {
  caseId: string;
  caseLabel: string;
  caseType: string;
  status: CaseStatus;
  intakeDate: string;
  statusChangedAt: string;
  referralSource?: { kind: string } | null | undefined;
}

/** A case's payers and authorizations, kept together in one item. */
export interface CaseBillingFacts {
  caseId: string;
  payers: readonly { payerId: string; kind: string }[];
  authorizations: readonly { payerId: string; approvedVisits?: number | undefined; usedVisits: number; validTo: string; thresholdAlertAt?: string | undefined }[];
}

/** One source document, tagged with the entity it is. */
export type RollupSource =
  | { entity: 'appointment'; item: AppointmentFacts }
  | { entity: 'charge'; item: ChargeFacts }
  | { entity: 'invoice'; item: InvoiceFacts }
  | { entity: 'payment'; item: PaymentFacts }
  | { entity: 'caseFile'; item: CaseFacts }
  | { entity: 'caseBilling'; item: CaseBillingFacts };

export type RollupSourceEntity = RollupSource['entity'];
export const ROLLUP_SOURCE_ENTITIES = ['appointment', 'charge', 'invoice', 'payment', 'caseFile', 'caseBilling'] as const satisfies readonly RollupSourceEntity[];
