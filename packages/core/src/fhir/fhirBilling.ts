/** Charges and invoices as FHIR R4 ChargeItem and Invoice: pure mappings. Money is minor units in Casefile, decimals in FHIR. */
import type { ChargeItem, Invoice as FhirInvoice, Money } from 'fhir/r4';
import type { Charge, Invoice } from '../schemas/billingDocuments';
import { casefileSystem, FHIR_CHARGE_STATUS, FHIR_INVOICE_STATUS } from './fhirCodes';
import { fhirMeta, patientReference } from './fhirPeople';

export function fhirMoney(minor: number, currency: string): Money {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return { value: Number((minor / 10 ** digits).toFixed(digits)), currency };
}

export function toFhirChargeItem(charge: Charge, currency: string): ChargeItem {
  return {
    resourceType: 'ChargeItem',
    id: charge.chargeId,
    meta: fhirMeta(charge),
    status: FHIR_CHARGE_STATUS[charge.status],
    code: { coding: [{ system: casefileSystem('billing-code'), code: charge.code, display: charge.description }], text: charge.description },
    subject: patientReference(charge.clientId),
    context: { reference: `EpisodeOfCare/${charge.caseId}` },
    occurrenceDateTime: charge.serviceDate,
    quantity: { value: charge.quantity },
    // The charge's total with tax, as priced when it was drafted.
    priceOverride: fhirMoney(charge.totalMinor, currency),
    enteredDate: charge.createdAt,
    ...(charge.appointmentId ? { supportingInformation: [{ reference: `Appointment/${charge.appointmentId}` }] } : {}),
  };
}

export function toFhirInvoice(invoice: Invoice): FhirInvoice {
  const money = (minor: number) => fhirMoney(minor, invoice.currency);
  return {
    resourceType: 'Invoice',
    id: invoice.invoiceId,
    meta: fhirMeta(invoice),
    identifier: [{ system: casefileSystem('invoice-label'), value: invoice.invoiceLabel }],
    status: FHIR_INVOICE_STATUS[invoice.status],
    subject: patientReference(invoice.clientId),
    recipient: { identifier: { system: casefileSystem('payer'), value: invoice.payerId }, display: invoice.payerName },
    ...(invoice.issuedOn ? { date: invoice.issuedOn } : {}),
    lineItem: invoice.lines.map((line, index) => ({
      sequence: index + 1,
      chargeItemReference: { reference: `ChargeItem/${line.chargeId}` },
      priceComponent: [
        { type: 'base' as const, code: { coding: [{ system: casefileSystem('billing-code'), code: line.code }], text: line.description }, amount: money(line.subtotalMinor) },
        ...(line.totalMinor !== line.subtotalMinor ? [{ type: 'tax' as const, amount: money(line.totalMinor - line.subtotalMinor) }] : []),
      ],
    })),
    totalNet: money(invoice.subtotalMinor),
    totalGross: money(invoice.totalMinor),
    ...(invoice.notes ? { note: [{ text: invoice.notes }] } : {}),
  };
}
