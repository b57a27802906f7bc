import type { Invoice } from '@casefile/core';
import { toInvoice } from '@casefile/db';
import type { BillingContext } from './billingContext';
import { renderInvoicePdf } from './invoicePdf';

export async function getInvoice({ repos }: BillingContext, invoiceId: string): Promise<Invoice> {
  return toInvoice(await repos.invoices.get(invoiceId));
}

/** An invoice (B4) rendered as a PDF with the clinic's, client's and case's names; the one place that renders one. */
export async function invoicePdfDocument(context: BillingContext, invoiceId: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { repos } = context;
  const invoice = await getInvoice(context, invoiceId);
  const [clinic, client, caseFile] = await Promise.all([repos.clinic.get(), repos.clients.get(invoice.clientId), repos.cases.get(invoice.caseId)]);
  const bytes = await renderInvoicePdf(invoice, { clinicName: clinic.name, clientName: `${client.firstName} ${client.lastName}`, caseLabel: caseFile.caseLabel });
  return { bytes, fileName: `${invoice.invoiceLabel}.pdf` };
}
