import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Invoice } from '@casefile/core';
import { renderInvoicePdf } from '../src/usecases/billing/invoicePdf';

/** The text a PDF draws, from its (Flate) content streams: pdf-lib writes standard-font text as hex strings. */
function pdfText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  const parts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    try {
      const content = inflateSync(Buffer.from(raw.slice(start, raw.indexOf('endstream', start)), 'latin1')).toString('latin1');
      for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(hex[1]!, 'hex').toString('latin1'));
    } catch {
      // Not a Flate stream (fonts, metadata).
    }
  }
  return parts.join('\n');
}

const ID = '01JAPP0000000000000000000A';
const invoice: Invoice = {
  invoiceId: ID, invoiceNumber: 12, invoiceLabel: 'INV-000012', caseId: ID, clientId: ID, payerId: ID, payerName: 'Northern Mutual', currency: 'CAD', status: 'issued',
  lines: [{ chargeId: ID, appointmentId: ID, code: 'PT-FU', description: 'Follow-up', serviceDate: '2026-06-01', providerMemberId: 'M1', quantity: 1, unitPriceMinor: 10000, subtotalMinor: 10000, taxByCode: { HST: 1300 }, totalMinor: 11300 }],
  subtotalMinor: 10000, taxByCode: { HST: 1300 }, taxMinor: 1300, totalMinor: 11300, paidMinor: 0, creditedMinor: 0, outstandingMinor: 11300, creditNotes: [],
  issuedOn: '2026-06-01', dueOn: '2026-07-01',
} as unknown as Invoice; // A fixture: only the fields the PDF prints matter here.

describe('the invoice PDF carries what insurers ask for (issue 16)', () => {
  it("prints the clinic's address and phone, the payer's policy and claim numbers, each line's provider with their registration number, the clinic's tax number and tax", async () => {
    const text = pdfText(
      await renderInvoicePdf(invoice, {
        clinicName: 'Riverside Physio & Rehab', clientName: 'Mae Mailed', caseLabel: 'C-0001',
        clinicAddress: '120 King St W, Toronto, ON M5H 1J9', clinicPhone: '+1 416 555 0100',
        payer: { policyNumber: 'POL-778', claimNumber: 'CLM-42' }, providerNames: new Map([['M1', 'Priya Patel']]),
        clinicTaxNumber: '81234 5678 RT0001', providerRegistrations: new Map([['M1', 'PT-12345']]),
      }),
    );
    for (const expected of ['120 King St W, Toronto, ON M5H 1J9   Tel. +1 416 555 0100', 'Policy: POL-778   Claim: CLM-42', 'Tax registration no. 81234 5678 RT0001', 'Provider: Priya Patel, Reg. no. PT-12345', 'Tax', '13.00 CAD', '113.00 CAD']) expect(text).toContain(expected);
  });
});
