import { type Invoice, oneLineAddress } from '@casefile/core';
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
  const providerIds = [...new Set(invoice.lines.flatMap((line) => (line.providerMemberId ? [line.providerMemberId] : [])))];
  const [clinic, client, caseFile, locations, billing, providers] = await Promise.all([
    repos.clinic.get(),
    repos.clients.get(invoice.clientId),
    repos.cases.get(invoice.caseId),
    repos.locations.list({ limit: 100 }),
    repos.billing.caseBilling(invoice.caseId),
    Promise.all(providerIds.map((memberId) => repos.members.get(memberId).then((member) => ({ memberId, name: `${member.firstName} ${member.lastName}`, registrationNumber: member.registrationNumber }), () => undefined))),
  ]);
  const location = locations.items.find((one) => one.address) ?? locations.items[0];
  const payer = billing.payers.find((one) => one.payerId === invoice.payerId);
  const bytes = await renderInvoicePdf(invoice, {
    clinicName: clinic.name,
    clientName: `${client.firstName} ${client.lastName}`,
    caseLabel: caseFile.caseLabel,
    clinicAddress: oneLineAddress(location?.address),
    clinicPhone: clinic.phone ?? location?.phone,
    clinicTaxNumber: clinic.taxNumber,
    payer: payer ? { policyNumber: payer.policyNumber, claimNumber: payer.claimNumber } : undefined,
    providerNames: new Map(providers.flatMap((entry) => (entry ? [[entry.memberId, entry.name] as const] : []))),
    providerRegistrations: new Map(providers.flatMap((entry) => (entry?.registrationNumber ? [[entry.memberId, entry.registrationNumber] as const] : []))),
  });
  return { bytes, fileName: `${invoice.invoiceLabel}.pdf` };
}
