/**
 * What the front desk does after a demo visit, through the billing use cases the API calls: its charges
 * (the stream consumer would make them a moment later; the use case is idempotent, so it does
 * nothing twice), an issued invoice per payer and, when `pay`, a payment that makes the visit Paid.
 */
import type { BillingContext } from '@casefile/functions/usecases/billing/billingContext';
import { createInvoice } from '@casefile/functions/usecases/billing/createInvoice';
import { createPayment } from '@casefile/functions/usecases/billing/createPayment';
import { issueInvoice } from '@casefile/functions/usecases/billing/issueInvoice';
import { reconcileAppointmentBilling } from '@casefile/functions/usecases/billing/reconcileAppointmentBilling';
import { settleVisit } from '@casefile/functions/usecases/billing/settleVisit';

export async function settleDemoVisit(billing: BillingContext, appointment: { appointmentId: string; caseId: string; clientId: string }, pay: boolean): Promise<void> {
  await reconcileAppointmentBilling(billing, appointment.appointmentId);
  const charges = await billing.repos.charges.listForAppointment(appointment.appointmentId);
  const payerIds = [...new Set(charges.filter((charge) => charge.status === 'open').map((charge) => charge.payerId))];
  for (const payerId of payerIds) {
    const draft = await createInvoice(billing, appointment.caseId, { payerId });
    const invoice = await issueInvoice(billing, draft.invoiceId);
    if (!pay || invoice.outstandingMinor === 0) continue;
    const method = invoice.payerName === 'Client' ? 'card' : 'insurer_remittance';
    await createPayment(billing, {
      clientId: appointment.clientId,
      amountMinor: invoice.outstandingMinor,
      method,
      fromCreditMinor: 0,
      allocations: [{ invoiceId: invoice.invoiceId, amountMinor: invoice.outstandingMinor }],
    });
  }
  // The settlement consumer may be settling the same visit right now (a running poller); it reads afresh, so once more is enough.
  if (pay) await settleVisit(billing, appointment.appointmentId).catch(() => settleVisit(billing, appointment.appointmentId));
}
