import { ConflictError, visitSettled } from '@casefile/core';
import { applyStatusChange } from '../appointments/statusChange';
import type { BillingContext } from './billingContext';
import { LOST_RACE, retryLostRaces } from './retryLostRaces';
import { unlessNotFound } from './unlessNotFound';

/** Settling re-reads and decides again this many times when its status write loses a race. */
const SETTLE_ATTEMPTS = 6;

/**
 * Paid follows the money (B5): an arrived visit whose charges are all on paid invoices becomes Paid,
 * and a paid visit whose charges no longer are (a refund reopened an invoice) goes back to Arrived.
 * Through the one guarded status write, as the `billing` actor. Reads current state, so a repeat is
 * harmless; a write that loses a race (the visit, or a booking on its calendar day, changed at the
 * same moment) is read and decided again rather than failing the stream batch.
 */
export async function settleVisit(context: BillingContext, appointmentId: string): Promise<'paid' | 'arrived' | 'unchanged'> {
  return retryLostRaces(
    SETTLE_ATTEMPTS,
    async () => {
      try {
        return await settleOnce(context, appointmentId);
      } catch (error) {
        if (error instanceof ConflictError && error.details.code === 'concurrent_change') return LOST_RACE;
        throw error;
      }
    },
    () => new ConflictError('The visit kept changing while it was settled; the stream delivers it again.', 'concurrent_change'),
  );
}

async function settleOnce({ repos, runtime }: BillingContext, appointmentId: string): Promise<'paid' | 'arrived' | 'unchanged'> {
  const appointment = await unlessNotFound(repos.appointments.get(appointmentId));
  if (!appointment || (appointment.status !== 'arrived' && appointment.status !== 'paid')) return 'unchanged';
  const charges = await repos.charges.listForAppointment(appointmentId);
  const invoices = await repos.invoices.getMany(charges.flatMap((charge) => (charge.invoiceId ? [charge.invoiceId] : [])));
  const settled = visitSettled(charges, new Map(invoices.map((invoice) => [invoice.invoiceId, invoice.status])));
  const to = settled && appointment.status === 'arrived' ? 'paid' : !settled && appointment.status === 'paid' ? 'arrived' : undefined;
  if (!to) return 'unchanged';
  await applyStatusChange(repos, appointment, { to, actor: 'billing' }, runtime.clock.now().toISOString());
  return to;
}
