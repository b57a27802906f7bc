import { type AppointmentForBilling, billingItemIdsFor, CREDIT_NOTE_SEQUENCE, isAppointmentBillingCurrent, localDateOf, numberCreditNotes, planAppointmentBilling } from '@casefile/core';
import type { BillingWrite, ClinicRepositories } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { LOST_RACE, retryLostRaces } from './retryLostRaces';
import { unlessNotFound } from './unlessNotFound';

/** Enough for a burst of records of one appointment and desk edits of its case racing the consumer. */
const ATTEMPTS = 12;

export type ReconcileResult = 'unchanged' | 'applied' | 'gone';

/**
 * Brings an appointment's charges in line with its current status (B2, B3, K5): reads the appointment
 * as it is now (not as the stream record saw it), what billing did for it, the case's payers and
 * authorizations and the charges and invoices of the current episode; the core plan says what to
 * change; everything is written in one transaction, each item conditioned on what was read (credit
 * notes numbered in it). A lost race reads and plans again. 'gone' when the appointment no longer exists.
 */
export async function reconcileAppointmentBilling(context: BillingContext, appointmentId: string): Promise<ReconcileResult> {
  const appointment = await appointmentForBilling(context.repos, appointmentId);
  if (!appointment) return 'gone';
  return retryLostRaces(
    ATTEMPTS,
    () => reconcileOnce(context, appointment),
    () => new Error('Billing of the appointment kept conflicting with other writes.'),
  );
}

async function reconcileOnce({ repos, runtime }: BillingContext, appointment: AppointmentForBilling): Promise<Exclude<ReconcileResult, 'gone'> | typeof LOST_RACE> {
  const [state, policy] = await Promise.all([repos.appointmentBilling.get(appointment.appointmentId), repos.billing.policy()]);
  if (isAppointmentBillingCurrent(state, appointment, policy)) return 'unchanged';
  const [caseBilling, activeCharges, items] = await Promise.all([
    repos.billing.caseBilling(appointment.caseId),
    repos.charges.getMany(state?.active?.chargeIds ?? []),
    repos.billing.getItems(billingItemIdsFor(appointment, policy)),
  ]);
  const invoices = await repos.invoices.getMany(activeCharges.flatMap((charge) => (charge.status === 'invoiced' && charge.invoiceId ? [charge.invoiceId] : [])));
  const plan = planAppointmentBilling({ appointment, policy, state, caseBilling, activeCharges, invoices, items, now: runtime.clock.now().toISOString() });
  const write = (firstCreditNote: number): BillingWrite => ({
    appointmentBilling: { appointmentId: appointment.appointmentId, before: state, next: plan.state },
    newCharges: plan.newCharges,
    charges: plan.charges,
    invoices: plan.invoices.map(({ before, next }) => ({ before, next: numberCreditNotes(next, plan.creditNoteIds, firstCreditNote) })),
    journal: plan.journal,
    ...(plan.caseBilling ? { caseBilling: { before: caseBilling, next: plan.caseBilling } } : {}),
  });
  const outcome =
    plan.creditNoteIds.length === 0 ? await repos.billingWrites.write(write(0)) : await repos.billingWrites.writeNumbered(CREDIT_NOTE_SEQUENCE, plan.creditNoteIds.length, write);
  return 'conflict' in outcome ? LOST_RACE : 'applied';
}

/** The appointment as billing needs it: its session's billing items, the calendar's provider and the visit's local date. */
async function appointmentForBilling(repos: ClinicRepositories, appointmentId: string): Promise<AppointmentForBilling | undefined> {
  const appointment = await unlessNotFound(repos.appointments.get(appointmentId));
  if (!appointment) return undefined;
  const [session, calendars] = await Promise.all([repos.sessions.get(appointment.sessionId), repos.calendars.getMany([appointment.calendarId])]);
  const calendar = calendars[0];
  const location = calendar ? await repos.locations.get(calendar.locationId) : undefined;
  return {
    appointmentId: appointment.appointmentId,
    caseId: appointment.caseId,
    clientId: appointment.clientId,
    status: appointment.status,
    statusChangedAt: appointment.statusChangedAt,
    cancellation: appointment.cancellation,
    billingItemIds: session.billingItemIds,
    providerMemberId: calendar?.memberId,
    serviceDate: localDateOf(appointment.start, location?.timeZone ?? 'UTC'),
  };
}
