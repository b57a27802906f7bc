import type { AppointmentStatus } from '../appointments/lifecycle';

/**
 * What the rollups read of each source document: the fields a stored item and a stream image both
 * carry. Structural, so storage passes its items unchanged.
 */
export interface AppointmentFacts {
  start: string;
  end: string;
  status: AppointmentStatus;
  calendarId: string;
  sessionId: string;
  cancellation?: { late: boolean } | undefined;
}

export interface ChargeFacts {
  serviceDate: string;
  status: 'open' | 'invoiced' | 'removed' | 'credited';
  source: string;
  code: string;
  payerId: string;
  providerMemberId?: string | undefined;
  totalMinor: number;
}

export interface InvoiceFacts {
  status: 'draft' | 'issued' | 'paid' | 'void';
  payerId: string;
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

/** One source document, tagged with the entity it is. */
export type RollupSource =
  | { entity: 'appointment'; item: AppointmentFacts }
  | { entity: 'charge'; item: ChargeFacts }
  | { entity: 'invoice'; item: InvoiceFacts }
  | { entity: 'payment'; item: PaymentFacts };

export type RollupSourceEntity = RollupSource['entity'];
export const ROLLUP_SOURCE_ENTITIES = ['appointment', 'charge', 'invoice', 'payment'] as const satisfies readonly RollupSourceEntity[];
