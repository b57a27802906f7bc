import type { PDFFont, PDFPage } from 'pdf-lib';
import type { Invoice } from '@casefile/core';

export interface InvoicePdfContext {
  clinicName: string;
  clientName: string;
  caseLabel: string;
  /** One line, e.g. "120 King St W, Toronto, ON M5H 1J9". */
  clinicAddress?: string | undefined;
  clinicPhone?: string | undefined;
  /** The clinic's tax or business registration number. */
  clinicTaxNumber?: string | undefined;
  /** What insurers ask for to match a claim. */
  payer?: { policyNumber?: string | undefined; claimNumber?: string | undefined } | undefined;
  /** Provider names by member id, for each line's provider. */
  providerNames?: ReadonlyMap<string, string> | undefined;
  /** Providers' professional registration (licence) numbers by member id. */
  providerRegistrations?: ReadonlyMap<string, string> | undefined;
}

/** Formats minor units as a decimal amount with the currency code (two decimals; the clinic's currency). */
export function formatMoney(amountMinor: number, currency: string): string {
  const sign = amountMinor < 0 ? '-' : '';
  const absolute = Math.abs(amountMinor);
  return `${sign}${Math.floor(absolute / 100)}.${String(absolute % 100).padStart(2, '0')} ${currency}`;
}

/** The invoice as a one- or multi-page A4 PDF (pdf-lib, standard Helvetica: WinAnsi text only). */
export async function renderInvoicePdf(invoice: Invoice, context: InvoicePdfContext): Promise<Uint8Array> {
  // Loaded on the first PDF, not at the billing function's cold start.
  const { PDFDocument, StandardFonts, rgb } = await import('pdf-lib');
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Invoice ${invoice.invoiceLabel}`);
  pdf.setCreator('Casefile');
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  let page = pdf.addPage([595.28, 841.89]);
  let y = 800;
  const write = (text: string, x: number, size = 10, face: PDFFont = font) => page.drawText(safe(text), { x, y, size, font: face, color: rgb(0.1, 0.1, 0.1) });
  const line = () => {
    y -= 16;
    if (y < 60) {
      page = pdf.addPage([595.28, 841.89]);
      y = 800;
    }
  };
  write(context.clinicName, 50, 16, bold);
  line();
  const contact = [context.clinicAddress, context.clinicPhone ? `Tel. ${context.clinicPhone}` : undefined].filter(Boolean).join('   ');
  if (contact) {
    write(contact, 50, 9);
    line();
  }
  if (context.clinicTaxNumber) {
    write(`Tax registration no. ${context.clinicTaxNumber}`, 50, 9);
    line();
  }
  line();
  write(`Invoice ${invoice.invoiceLabel}`, 50, 13, bold);
  write(invoice.status.toUpperCase(), 450, 11, bold);
  line();
  write(`Bill to: ${invoice.payerName}`, 50);
  line();
  const claim = [context.payer?.policyNumber ? `Policy: ${context.payer.policyNumber}` : undefined, context.payer?.claimNumber ? `Claim: ${context.payer.claimNumber}` : undefined].filter(Boolean).join('   ');
  if (claim) {
    write(claim, 50);
    line();
  }
  write(`Client: ${context.clientName}   Case: ${context.caseLabel}`, 50);
  line();
  if (invoice.issuedOn) write(`Issued: ${invoice.issuedOn}   Due: ${invoice.dueOn ?? ''}`, 50);
  line();
  line();
  header(page, y, bold);
  line();
  for (const item of invoice.lines) {
    const tax = Object.values(item.taxByCode).reduce((sum, amount) => sum + amount, 0);
    write(item.serviceDate, 50, 9);
    write(`${item.code} ${item.description}`.slice(0, 34), 110, 9);
    write(String(item.quantity), 300, 9);
    write(formatMoney(item.unitPriceMinor, invoice.currency), 325, 9);
    write(formatMoney(tax, invoice.currency), 405, 9);
    write(formatMoney(item.totalMinor, invoice.currency), 480, 9);
    const provider = item.providerMemberId ? context.providerNames?.get(item.providerMemberId) : undefined;
    if (provider) {
      const registration = context.providerRegistrations?.get(item.providerMemberId!);
      line();
      write(`Provider: ${provider}${registration ? `, Reg. no. ${registration}` : ''}`, 110, 8);
    }
    line();
  }
  line();
  const totals: [string, number][] = [
    ['Subtotal', invoice.subtotalMinor],
    ...Object.entries(invoice.taxByCode).map(([code, amount]): [string, number] => [`Tax ${code}`, amount]),
    ['Total', invoice.totalMinor],
    ['Paid', invoice.paidMinor],
    ['Credited', invoice.creditedMinor],
    ['Outstanding', invoice.outstandingMinor],
  ];
  for (const [label, amount] of totals) {
    write(label, 370, 10, label === 'Total' || label === 'Outstanding' ? bold : font);
    write(formatMoney(amount, invoice.currency), 480, 10);
    line();
  }
  if (invoice.creditNotes.length > 0) {
    line();
    write('Credit notes', 50, 11, bold);
    line();
    for (const note of invoice.creditNotes) {
      write(`${note.creditNoteLabel}  ${note.at.slice(0, 10)}`, 50, 9);
      write(note.reason.slice(0, 48), 180, 9);
      write(formatMoney(-note.amountMinor, invoice.currency), 480, 9);
      line();
    }
  }
  return pdf.save();
}

function header(page: PDFPage, y: number, bold: PDFFont) {
  for (const [text, x] of [['Date', 50], ['Item', 110], ['Qty', 300], ['Unit', 325], ['Tax', 405], ['Amount', 480]] as const) page.drawText(text, { x, y, size: 9, font: bold });
}

/** Standard fonts encode WinAnsi only: anything else is replaced rather than failing the render. */
function safe(text: string): string {
  return text.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '?');
}
