import { visitSettled } from '@casefile/core';
import { applyStatusChange } from '../appointments/statusChange';
import type { BillingContext } from './billingContext';
import { unlessNotFound } from './unlessNotFound';

/**
 * Paid follows the money (B5): an arrived visit whose charges are all on paid invoices becomes Paid,
 * and a paid visit whose charges no longer are (a refund reopened an invoice) goes back to Arrived.
 * Through the one guarded status write, as the `billing` actor. Reads current state, so a repeat is harmless.
 */
export async function settleVisit({ repos, runtime }: BillingContext, appointmentId: string): Promise<'paid' | 'arrived' | 'unchanged'> {
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
