/**
 * How Casefile's statuses and codes read in FHIR R4: the one table (docs/fhir.md prints it).
 * Where R4 has no exact match, the nearest code whose meaning holds is chosen, and the reason is
 * noted beside it.
 */
import type { Appointment, ChargeItem, EpisodeOfCare, Invoice, OperationOutcomeIssue } from 'fhir/r4';
import type { AppointmentStatus } from '../appointments/lifecycle';
import type { CaseStatus } from '../caseStatus';
import type { CHARGE_STATUSES, INVOICE_STATUS_VALUES } from '../schemas/billingDocuments';
import type { Outcome } from '../errors';

/** A system URI for Casefile's own code lists and identifiers. */
export const casefileSystem = (name: string) => `urn:casefile:${name}`;

export const FHIR_APPOINTMENT_STATUS: Readonly<Record<AppointmentStatus, Appointment['status']>> = {
  booked: 'booked',
  // R4 has no "confirmed": a confirmed visit is still booked.
  confirmed: 'booked',
  arrived: 'arrived',
  // Paid means the visit happened and was settled.
  paid: 'fulfilled',
  no_show: 'noshow',
  canceled: 'cancelled',
  // Moved away: this appointment is cancelled; its replacement is its own Appointment.
  rebooked: 'cancelled',
};

export const FHIR_EPISODE_STATUS: Readonly<Record<CaseStatus, EpisodeOfCare['status']>> = {
  open: 'active',
  on_hold: 'onhold',
  discharged: 'finished',
  closed: 'finished',
};

export const FHIR_CHARGE_STATUS: Readonly<Record<(typeof CHARGE_STATUSES)[number], ChargeItem['status']>> = {
  open: 'billable',
  invoiced: 'billed',
  removed: 'entered-in-error',
  // Billed, then taken back by a credit note: no longer to be billed.
  credited: 'not-billable',
};

export const FHIR_INVOICE_STATUS: Readonly<Record<(typeof INVOICE_STATUS_VALUES)[number], Invoice['status']>> = {
  draft: 'draft',
  issued: 'issued',
  paid: 'balanced',
  void: 'cancelled',
};

/** OperationOutcome issue codes for the API's error outcomes. */
export const FHIR_ISSUE_CODE: Readonly<Record<Outcome, OperationOutcomeIssue['code']>> = {
  bad_request: 'invalid',
  unauthorized: 'login',
  forbidden: 'forbidden',
  not_found: 'not-found',
  conflict: 'conflict',
  precondition_failed: 'conflict',
  too_large: 'too-costly',
  unsupported_media_type: 'not-supported',
  unprocessable: 'processing',
  too_many_requests: 'throttled',
  unavailable: 'transient',
};

/** Client gender is free text in Casefile; FHIR's administrative gender is a code. */
export function fhirGender(gender: string | undefined): 'male' | 'female' | 'other' | 'unknown' | undefined {
  if (gender === undefined) return undefined;
  const text = gender.trim().toLowerCase();
  if (['male', 'm', 'man'].includes(text)) return 'male';
  if (['female', 'f', 'woman'].includes(text)) return 'female';
  if (['unknown', 'prefer not to say', ''].includes(text)) return 'unknown';
  return 'other';
}
