import type { Charge, Invoice, Payment } from '@casefile/core';
import { toCharge, toInvoice, toPayment } from '@casefile/db';
import type { BillingContext } from './billingContext';

/** A case's charges (B2); 404 for no such case. */
export async function listCaseCharges({ repos }: BillingContext, caseId: string): Promise<{ items: Charge[] }> {
  await repos.cases.get(caseId);
  return { items: (await repos.charges.listForCase(caseId)).map(toCharge) };
}

/** A case's invoices (B4); 404 for no such case. */
export async function listCaseInvoices({ repos }: BillingContext, caseId: string): Promise<{ items: Invoice[] }> {
  await repos.cases.get(caseId);
  return { items: (await repos.invoices.listForCase(caseId)).map(toInvoice) };
}

/** A client's payments (B5); 404 for no such client. */
export async function listClientPayments({ repos }: BillingContext, clientId: string): Promise<{ items: Payment[] }> {
  await repos.clients.get(clientId);
  return { items: (await repos.payments.listForClient(clientId)).map(toPayment) };
}

export async function getPayment({ repos }: BillingContext, paymentId: string): Promise<Payment> {
  return toPayment(await repos.payments.get(paymentId));
}
