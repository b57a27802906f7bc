/** Stored shapes of the billing documents, as their entities type them, and their API forms. */
import { type Authorization, type CaseBilling, type Charge, type Invoice, outstandingMinor, type Payment, remainingVisits } from '@casefile/core';
import type { EntityItem } from 'electrodb';
import type { AppointmentBillingEntity } from '../entities/appointmentBilling';
import type { CaseBillingEntity } from '../entities/caseBilling';
import type { ChargeEntity } from '../entities/charge';
import type { ClientAccountEntity } from '../entities/clientAccount';
import type { InvoiceEntity } from '../entities/invoice';
import type { JournalEntryEntity } from '../entities/journalEntry';
import type { PaymentEntity } from '../entities/payment';
import type { SequenceEntity } from '../entities/sequence';

export type StoredCharge = EntityItem<typeof ChargeEntity>;
export type StoredInvoice = EntityItem<typeof InvoiceEntity>;
export type StoredPayment = EntityItem<typeof PaymentEntity>;
export type StoredCaseBilling = EntityItem<typeof CaseBillingEntity>;
export type StoredAuthorization = StoredCaseBilling['authorizations'][number];
export type StoredAppointmentBilling = EntityItem<typeof AppointmentBillingEntity>;
export type StoredJournalEntry = EntityItem<typeof JournalEntryEntity>;
export type StoredClientAccount = EntityItem<typeof ClientAccountEntity>;
export type StoredSequence = EntityItem<typeof SequenceEntity>;

export function toCharge(stored: StoredCharge): Charge {
  const { clinicId: _clinic, version: _version, ...charge } = stored;
  return charge;
}

export function toInvoice(stored: StoredInvoice): Invoice {
  const { clinicId: _clinic, version: _version, ...invoice } = stored;
  return { ...invoice, outstandingMinor: outstandingMinor(stored) };
}

export function toPayment(stored: StoredPayment): Payment {
  const { clinicId: _clinic, version: _version, ...payment } = stored;
  return { ...payment, refunds: stored.refunds.map(({ refundId, amountMinor, reason, at }) => ({ refundId, amountMinor, reason, at })) };
}

export function toAuthorization(stored: StoredAuthorization): Authorization {
  return { ...stored, remainingVisits: remainingVisits(stored) ?? null };
}

export function toCaseBilling(stored: StoredCaseBilling): CaseBilling {
  return { caseId: stored.caseId, payers: stored.payers, authorizations: stored.authorizations.map(toAuthorization) };
}
