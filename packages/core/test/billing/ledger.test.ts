import { describe, expect, it } from 'vitest';
import { accountBalances, assertBalanced, invoiceIssuedEntry, invoiceReversalEntry, paymentEntry, refundEntry, type JournalEntryDraft } from '../../src';

const at = '2026-03-02T15:00:00.000Z';
const amounts = { payerId: 'insurer', subtotalMinor: 10_000, taxByCode: { GST: 500, PST: 700 }, totalMinor: 11_200 };

describe('journal entries', () => {
  it('posts an issued invoice to receivable, revenue and tax', () => {
    expect(invoiceIssuedEntry({ invoiceId: 'inv-1', ...amounts }, at)).toEqual({
      source: 'invoice',
      sourceId: 'inv-1',
      postedAt: at,
      lines: [
        { account: 'receivable:insurer', debitMinor: 11_200, creditMinor: 0 },
        { account: 'revenue', debitMinor: 0, creditMinor: 10_000 },
        { account: 'tax:GST', debitMinor: 0, creditMinor: 500 },
        { account: 'tax:PST', debitMinor: 0, creditMinor: 700 },
      ],
    });
  });

  it('reverses an invoice for a void or a credit note, and the pair nets to nothing', () => {
    const issued = invoiceIssuedEntry({ invoiceId: 'inv-1', ...amounts }, at);
    const voided = invoiceReversalEntry('void', 'inv-1', amounts, at);
    expect(voided.source).toBe('void');
    expect(voided.lines[0]).toEqual({ account: 'receivable:insurer', debitMinor: 0, creditMinor: 11_200 });
    expect([...accountBalances([...issued.lines, ...voided.lines]).values()].every((balance) => balance === 0)).toBe(true);
    const partial = invoiceReversalEntry('credit_note', 'cn-1', { payerId: 'insurer', subtotalMinor: 1000, taxByCode: { GST: 50, PST: 0 }, totalMinor: 1050 }, at);
    expect(partial).toMatchObject({ source: 'credit_note', sourceId: 'cn-1' });
    // A zero line is dropped.
    expect(partial.lines.map((line) => line.account)).toEqual(['receivable:insurer', 'revenue', 'tax:GST']);
  });

  it('posts a payment: cash and credit used in, receivables and overpayment out', () => {
    const entry = paymentEntry(
      {
        paymentId: 'pay-1',
        clientId: 'c1',
        amountMinor: 6000,
        fromCreditMinor: 500,
        allocations: [
          { payerId: 'client', amountMinor: 4000 },
          { payerId: 'insurer', amountMinor: 2500 },
        ],
        toCreditMinor: 0,
      },
      at,
    );
    expect(entry.lines).toEqual([
      { account: 'cash', debitMinor: 6000, creditMinor: 0 },
      { account: 'credit:c1', debitMinor: 500, creditMinor: 0 },
      { account: 'receivable:client', debitMinor: 0, creditMinor: 4000 },
      { account: 'receivable:insurer', debitMinor: 0, creditMinor: 2500 },
    ]);
    const over = paymentEntry({ paymentId: 'pay-2', clientId: 'c1', amountMinor: 1000, fromCreditMinor: 0, allocations: [{ payerId: 'client', amountMinor: 600 }], toCreditMinor: 400 }, at);
    expect(accountBalances(over.lines).get('credit:c1')).toBe(-400);
  });

  it('posts a refund back onto the receivable and off credit, out of cash', () => {
    const entry = refundEntry({ refundId: 'ref-1', clientId: 'c1', amountMinor: 700, fromCreditMinor: 200, allocations: [{ payerId: 'client', amountMinor: 500 }] }, at);
    expect(entry).toEqual({
      source: 'refund',
      sourceId: 'ref-1',
      postedAt: at,
      lines: [
        { account: 'receivable:client', debitMinor: 500, creditMinor: 0 },
        { account: 'credit:c1', debitMinor: 200, creditMinor: 0 },
        { account: 'cash', debitMinor: 0, creditMinor: 700 },
      ],
    });
  });

  it('refuses to build an entry whose amounts do not add up', () => {
    expect(() => paymentEntry({ paymentId: 'p', clientId: 'c', amountMinor: 1000, fromCreditMinor: 0, allocations: [{ payerId: 'x', amountMinor: 900 }], toCreditMinor: 0 }, at)).toThrow(/does not balance/);
    expect(() => invoiceIssuedEntry({ invoiceId: 'i', payerId: 'x', subtotalMinor: 100, taxByCode: { GST: 5 }, totalMinor: 100 }, at)).toThrow(/does not balance/);
    expect(() => refundEntry({ refundId: 'r', clientId: 'c', amountMinor: 10.5, fromCreditMinor: 0, allocations: [{ payerId: 'x', amountMinor: 10.5 }] }, at)).toThrow(/whole number/);
  });
});

describe('assertBalanced', () => {
  const entry = (lines: JournalEntryDraft['lines']): JournalEntryDraft => ({ source: 'payment', sourceId: 'p', postedAt: at, lines });

  it('accepts a balanced entry and an empty one', () => {
    expect(() => assertBalanced(entry([{ account: 'cash', debitMinor: 5, creditMinor: 0 }, { account: 'revenue', debitMinor: 0, creditMinor: 5 }]))).not.toThrow();
    expect(() => assertBalanced(entry([]))).not.toThrow();
  });

  it('refuses unbalanced, negative, fractional and two-sided lines, as plain errors', () => {
    const bad = [
      [{ account: 'cash', debitMinor: 5, creditMinor: 0 }, { account: 'revenue', debitMinor: 0, creditMinor: 4 }],
      [{ account: 'cash', debitMinor: -5, creditMinor: 0 }, { account: 'revenue', debitMinor: -5, creditMinor: 0 }],
      [{ account: 'cash', debitMinor: 0.5, creditMinor: 0 }, { account: 'revenue', debitMinor: 0, creditMinor: 0.5 }],
      [{ account: 'cash', debitMinor: 5, creditMinor: 5 }],
      [{ account: '', debitMinor: 5, creditMinor: 0 }, { account: 'revenue', debitMinor: 0, creditMinor: 5 }],
    ];
    for (const lines of bad) {
      try {
        assertBalanced(entry(lines));
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(Error);
        expect((error as Error).name).toBe('Error');
      }
    }
  });

  it('reads balances as debit minus credit per account', () => {
    expect(
      accountBalances([
        { account: 'cash', debitMinor: 100, creditMinor: 0 },
        { account: 'cash', debitMinor: 0, creditMinor: 30 },
        { account: 'revenue', debitMinor: 0, creditMinor: 70 },
      ]),
    ).toEqual(
      new Map([
        ['cash', 70],
        ['revenue', -70],
      ]),
    );
  });
});
