import { visitSettled } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import { changeAppointmentStatus } from '../api/appointments/statusChange';
import type { Runtime } from '../runtime';

/**
 * Paid follows the money (B5): an arrived visit whose charges are all on paid invoices becomes Paid,
 * and a paid visit whose charges no longer are (a refund reopened an invoice) goes back to Arrived.
 * Through the one guarded status write, as the `billing` actor. Reads current state, so a repeat is harmless.
 */
export async function settleVisit(repos: ClinicRepositories, rt: Runtime, appointmentId: string): Promise<'paid' | 'arrived' | 'unchanged'> {
  const appointment = await repos.appointments.get(appointmentId).catch(() => undefined);
  if (!appointment || (appointment.status !== 'arrived' && appointment.status !== 'paid')) return 'unchanged';
  const charges = await repos.charges.listForAppointment(appointmentId);
  const invoices = await repos.invoices.getMany(charges.flatMap((charge) => (charge.invoiceId ? [charge.invoiceId] : [])));
  const settled = visitSettled(charges, new Map(invoices.map((invoice) => [invoice.invoiceId, invoice.status])));
  if (settled && appointment.status === 'arrived') {
    await changeAppointmentStatus(repos, rt, appointmentId, { status: 'paid' }, 'billing', appointment);
    return 'paid';
  }
  if (!settled && appointment.status === 'paid') {
    await changeAppointmentStatus(repos, rt, appointmentId, { status: 'arrived' }, 'billing', appointment);
    return 'arrived';
  }
  return 'unchanged';
}
