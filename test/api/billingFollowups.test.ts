/**
 * Billing follow-ups: credit notes numbered from their own gapless sequence (API and PDF), voiding an
 * invoice that was credited (refused when credited by hand; allowed after a visit rollback's credit,
 * with the ledger whole), and the low-authorization alert mailed to staff once (K5).
 */
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { billingSuite, freshCase, nextStart, ok } from '../support/billingWorld';

interface CreditNote { creditNoteId: string; creditNoteNumber: number; creditNoteLabel: string; amountMinor: number; chargeId?: string }
interface Invoice { invoiceId: string; invoiceNumber: number; status: string; totalMinor: number; creditedMinor: number; outstandingMinor: number; creditNotes: CreditNote[] }
interface Balance { receivableMinor: number; uninvoicedMinor: number }
interface Charge { chargeId: string; status: string; payerId: string; appointmentId?: string; totalMinor: number }

/** The text a PDF draws, from its (Flate) content streams: pdf-lib writes standard-font text as hex strings. */
function pdfText(bytes: Buffer): string {
  const raw = bytes.toString('latin1');
  const parts: string[] = [];
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      const content = inflateSync(Buffer.from(raw.slice(start, end), 'latin1')).toString('latin1');
      for (const hex of content.matchAll(/<([0-9A-Fa-f]+)>\s*Tj/g)) parts.push(Buffer.from(hex[1]!, 'hex').toString('latin1'));
      for (const plain of content.matchAll(/\(([^)]*)\)\s*Tj/g)) parts.push(plain[1]!);
    } catch {
      // Not a Flate stream (fonts, metadata).
    }
  }
  return parts.join('\n');
}

describe('billing follow-ups: credit-note numbers, voiding credited invoices', () => {
  const suite = billingSuite();

  const balance = (caseId: string) => ok(suite.desk.get<Balance>(`/api/cases/${caseId}/balance`));
  const charges = async (caseId: string) => (await ok(suite.desk.get<{ items: Charge[] }>(`/api/cases/${caseId}/charges`))).items;

  /** An issued invoice of `count` manual charges of 113.00 (100.00 + 13% HST). */
  async function issuedInvoice(count: number) {
    const made = await freshCase(suite.owner);
    const item = await ok(suite.owner.post<{ billingItemId: string }>('/api/billing-items', { code: `FU${count}`, description: 'Follow-up', unitPriceMinor: 10000, taxCodes: ['HST'] }));
    for (let index = 0; index < count; index++) await ok(suite.desk.post(`/api/cases/${made.caseId}/charges`, { billingItemId: item.billingItemId, payerId: made.payerId, serviceDate: '2026-11-20' }));
    const invoice = await ok(suite.desk.post<Invoice>(`/api/cases/${made.caseId}/invoices`, { payerId: made.payerId }));
    await ok(suite.desk.post(`/api/invoices/${invoice.invoiceId}/issue`));
    return { ...made, invoiceId: invoice.invoiceId };
  }

  it('numbers credit notes from their own gapless sequence, apart from invoice numbers, also under concurrency', async () => {
    const first = await issuedInvoice(3);
    const second = await issuedInvoice(3);
    const one = await ok(suite.desk.post<Invoice>(`/api/invoices/${first.invoiceId}/credit-notes`, { amountMinor: 1000, reason: 'Courtesy' }));
    const base = one.creditNotes[0]!.creditNoteNumber;
    expect(one.creditNotes[0]!.creditNoteLabel).toBe(`CN-${String(base).padStart(6, '0')}`);

    // Six credit notes at once on two invoices: each gets its own number, with no gap.
    const results = await Promise.all(
      Array.from({ length: 6 }, (_unused, index) => suite.desk.post<Invoice>(`/api/invoices/${(index % 2 ? first : second).invoiceId}/credit-notes`, { amountMinor: 500 + index, reason: `Credit ${index}` })),
    );
    const created = results.filter((result) => result.status === 201);
    // A credit note may lose the race for its invoice's version (409, nothing written); the rest are numbered.
    for (const result of results.filter((item) => item.status !== 201)) expect(result.status).toBe(409);
    const notes = [
      ...(await ok(suite.desk.get<Invoice>(`/api/invoices/${first.invoiceId}`))).creditNotes,
      ...(await ok(suite.desk.get<Invoice>(`/api/invoices/${second.invoiceId}`))).creditNotes,
    ];
    expect(notes).toHaveLength(1 + created.length);
    expect(notes.map((note) => note.creditNoteNumber).sort((a, b) => a - b)).toEqual(Array.from({ length: notes.length }, (_unused, index) => base + index));
    expect(new Set(notes.map((note) => note.creditNoteLabel)).size).toBe(notes.length);

    const pdf = await fetch(`${suite.world.baseUrl}/api/invoices/${first.invoiceId}.pdf`, { headers: { authorization: `Bearer ${suite.desk.token}` } });
    expect(pdf.status).toBe(200);
    const text = pdfText(Buffer.from(await pdf.arrayBuffer()));
    expect(text).toContain('Credit notes');
    expect(text).toContain(one.creditNotes[0]!.creditNoteLabel);
  });

  it('refuses to void an invoice credited by hand (409), leaving the ledger as it was; crediting the rest settles it', async () => {
    const { caseId, clientId, invoiceId } = await issuedInvoice(2);
    await ok(suite.desk.post(`/api/invoices/${invoiceId}/credit-notes`, { amountMinor: 11300, reason: 'One session was a courtesy' }));
    const entriesBefore = (await suite.journal(clientId)).length;
    expect(await balance(caseId)).toMatchObject({ receivableMinor: 11300, uninvoicedMinor: 0 });

    const refused = await suite.desk.post<{ type: string; detail: string }>(`/api/invoices/${invoiceId}/void`, { reason: 'Wrong payer' });
    expect(refused.status).toBe(409);
    expect(refused.headers.get('content-type')).toBe('application/problem+json');
    expect(refused.body.type).toBe('urn:casefile:problem:invoice_has_credit_notes');
    expect(refused.body.detail).toMatch(/credit note/i);
    // Nothing changed: no reversing entry, charges still on the invoice, balance as before.
    expect((await suite.journal(clientId)).length).toBe(entriesBefore);
    expect((await charges(caseId)).map((charge) => charge.status)).toEqual(['invoiced', 'invoiced']);
    expect(await balance(caseId)).toMatchObject({ receivableMinor: 11300, uninvoicedMinor: 0 });
    expect((await ok(suite.desk.get<Invoice>(`/api/invoices/${invoiceId}`))).status).toBe('issued');

    const rest = await ok(suite.desk.post<Invoice>(`/api/invoices/${invoiceId}/credit-notes`, { reason: 'Billed to the wrong payer' }));
    expect(rest).toMatchObject({ status: 'paid', creditedMinor: 22600, outstandingMinor: 0 });
    expect(await balance(caseId)).toMatchObject({ receivableMinor: 0, uninvoicedMinor: 0 });
  });

  it("voids an invoice whose only credit is a visit rollback's: the credited charge stays credited, the others are billable again, the receivable is 0", async () => {
    const { caseId, clientId, payerId } = await freshCase(suite.owner);
    const { sessionId, calendarId } = suite.world.clinicA.ids;
    const visits: string[] = [];
    for (let index = 0; index < 2; index++) {
      const booked = await ok(suite.desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start: nextStart() }));
      await ok(suite.desk.post(`/api/appointments/${booked.appointment.appointmentId}/status`, { status: 'arrived' }));
      visits.push(booked.appointment.appointmentId);
    }
    await suite.world.drainStreams();
    const invoice = await ok(suite.desk.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId }));
    await ok(suite.desk.post(`/api/invoices/${invoice.invoiceId}/issue`));
    await ok(suite.desk.post(`/api/appointments/${visits[0]}/status`, { status: 'booked' }));
    await suite.world.drainStreams();

    const credited = await ok(suite.desk.get<Invoice>(`/api/invoices/${invoice.invoiceId}`));
    expect(credited.creditNotes).toHaveLength(1);
    expect(credited.creditNotes[0]).toMatchObject({ amountMinor: 11300, creditNoteLabel: expect.stringMatching(/^CN-\d{6}$/) });
    expect(credited.creditNotes[0]!.chargeId).toBeTruthy();

    const voided = await ok(suite.desk.post<Invoice>(`/api/invoices/${invoice.invoiceId}/void`, { reason: 'Wrong payer' }));
    expect(voided.status).toBe('void');
    const after = await charges(caseId);
    expect(after.find((charge) => charge.appointmentId === visits[0])!.status).toBe('credited');
    expect(after.find((charge) => charge.appointmentId === visits[1])!.status).toBe('open');
    expect(await balance(caseId)).toMatchObject({ receivableMinor: 0, uninvoicedMinor: 11300 });
    expect((await suite.journal(clientId)).map((entry) => entry.source).sort()).toEqual(['credit_note', 'invoice', 'void']);
  });
});
