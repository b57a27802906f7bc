/**
 * The issue's property test (B6): random sequences of arrivals (priced charges split across 1-3 payers),
 * rollbacks, edits, invoices created / issued / voided, payments (partial, split, overpaid into credit,
 * paid from credit), refunds and credit notes, simulated with the billing functions on an in-memory model.
 * After every event: every journal entry balances, receivables equal issued invoices minus payments and
 * credits/voids, client credit equals overpayments minus credit used and refunded, no amount is fractional.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  accountBalances,
  allocatePayment,
  allocateProportionally,
  assertInvoiceTransition,
  assertRefund,
  ConflictError,
  invoiceIssuedEntry,
  invoiceReversalEntry,
  invoiceTotals,
  lineTax,
  outstandingMinor,
  paymentEntry,
  refundEntry,
  splitLine,
  ValidationError,
  type Coverage,
  type InvoiceStatus,
  type JournalEntryDraft,
  type PayerShareInput,
  type TaxRate,
} from '../../src';

const CLIENT = 'client-1';
const PAYERS = ['client', 'insurer', 'mva'] as const;
const RATES: TaxRate[] = [
  { code: 'GST', name: 'GST', basisPoints: 500 },
  { code: 'PST', name: 'PST', basisPoints: 700 },
  { code: 'HST', name: 'HST', basisPoints: 1300 },
  { code: 'ODD', name: 'Odd', basisPoints: 333 },
];
const AT = '2026-03-02T15:00:00.000Z';

type Parts = { subtotalMinor: number; taxByCode: Record<string, number> };
interface Share extends Parts {
  shareId: string;
  payerId: string;
  totalMinor: number;
  invoiceId?: string;
  credited: boolean;
}
interface Line {
  unitPriceMinor: number;
  quantity: number;
  taxCodes: string[];
  payers: PayerShareInput[];
  shares: Share[];
}
interface Visit {
  visitId: string;
  lines: Line[];
  rolledBack: boolean;
}
interface Invoice extends Parts {
  invoiceId: string;
  payerId: string;
  status: InvoiceStatus;
  /** Issued at some point (a voided draft never was, and never posted anything). */
  posted: boolean;
  shareIds: string[];
  totalMinor: number;
  paidMinor: number;
  creditedMinor: number;
  /** What credit notes and a void have taken off each part so far. */
  reversed: Parts;
}
interface Payment {
  paymentId: string;
  amountMinor: number;
  toCreditMinor: number;
  allocations: { invoiceId: string; payerId: string; amountMinor: number; refundedMinor: number }[];
  refundedMinor: number;
  creditRefundedMinor: number;
}

/** mulberry32: each event carries a seed, so fast-check shrinks events and their details together. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T;
  const subset = <T>(items: readonly T[]): T[] => items.filter(() => next() < 0.5);
  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = int(0, i);
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy;
  };
  return { next, int, pick, subset, shuffle };
}
type Random = ReturnType<typeof random>;

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);
const totalOf = (parts: Parts) => parts.subtotalMinor + sum(Object.values(parts.taxByCode));
const minus = (a: Parts, b: Parts): Parts => ({
  subtotalMinor: a.subtotalMinor - b.subtotalMinor,
  taxByCode: Object.fromEntries(Object.entries(a.taxByCode).map(([code, tax]) => [code, tax - (b.taxByCode[code] ?? 0)])),
});
const plus = (a: Parts, b: Parts): Parts => ({
  subtotalMinor: a.subtotalMinor + b.subtotalMinor,
  taxByCode: Object.fromEntries([...new Set([...Object.keys(a.taxByCode), ...Object.keys(b.taxByCode)])].map((code) => [code, (a.taxByCode[code] ?? 0) + (b.taxByCode[code] ?? 0)])),
});

/** How often each interesting path ran over all histories, so the test shows it exercised them. */
const seen: Record<string, number> = {};
const saw = (what: string) => {
  seen[what] = (seen[what] ?? 0) + 1;
};

class Model {
  visits: Visit[] = [];
  invoices: Invoice[] = [];
  payments: Payment[] = [];
  journal: JournalEntryDraft[] = [];
  /** Independent running totals the ledger must agree with. */
  issuedMinor = 0;
  creditNotesMinor = 0;
  voidsMinor = 0;
  allocatedMinor = 0;
  refundedOntoReceivableMinor = 0;
  overpaidMinor = 0;
  creditUsedMinor = 0;
  creditRefundedMinor = 0;
  cashInMinor = 0;
  cashOutMinor = 0;
  private ids = 0;
  id(prefix: string) {
    return `${prefix}-${++this.ids}`;
  }

  post(entry: JournalEntryDraft) {
    this.journal.push(entry);
  }
  availableCredit() {
    return this.overpaidMinor - this.creditUsedMinor - this.creditRefundedMinor;
  }
  shares() {
    return this.visits.flatMap((visit) => visit.lines.flatMap((line) => line.shares));
  }
  invoice(invoiceId: string) {
    return this.invoices.find((invoice) => invoice.invoiceId === invoiceId) as Invoice;
  }
  outstanding(invoice: Invoice) {
    return outstandingMinor({ totalMinor: invoice.totalMinor, paidMinor: invoice.paidMinor, creditedMinor: invoice.creditedMinor });
  }
  /** Settled by payments: paid; reopened by a refund: issued. Through the lifecycle rules either way. */
  settle(invoice: Invoice) {
    const outstanding = this.outstanding(invoice);
    const target: InvoiceStatus = outstanding === 0 && invoice.paidMinor > 0 ? 'paid' : 'issued';
    if (invoice.status !== target && invoice.status !== 'void' && invoice.status !== 'draft') {
      assertInvoiceTransition(invoice.status, target, { paidMinor: invoice.paidMinor });
      invoice.status = target;
    }
  }

  priceLine(line: Line) {
    const subtotal = line.unitPriceMinor * line.quantity;
    const tax = lineTax(subtotal, line.taxCodes, RATES, 'taxCodes');
    line.shares = splitLine({ subtotalMinor: subtotal, taxByCode: tax.byCode }, line.payers).map((share) => ({
      shareId: this.id('share'),
      payerId: share.payerId,
      subtotalMinor: share.subtotalMinor,
      taxByCode: share.taxByCode,
      totalMinor: share.totalMinor,
      credited: false,
    }));
    // The payers' shares add up to the priced line exactly, part by part.
    expect(sum(line.shares.map((share) => share.totalMinor))).toBe(subtotal + tax.taxMinor);
    expect(sum(line.shares.map((share) => share.subtotalMinor))).toBe(subtotal);
  }

  randomPayers(rng: Random): PayerShareInput[] {
    const payers = rng.shuffle(PAYERS).slice(0, rng.int(1, 3));
    return payers.map((payerId) => {
      const roll = rng.int(0, 2);
      const coverage: Coverage =
        roll === 0 ? { kind: 'percent', basisPoints: rng.pick([8000, 5000, 3333, 2500, 1, 10_000, rng.int(0, 10_000)]) } : roll === 1 ? { kind: 'fixed', amountMinor: rng.int(0, 6000) } : { kind: 'remainder' };
      return { payerId, coverage };
    });
  }

  arrive(rng: Random) {
    const payers = this.randomPayers(rng);
    const lines: Line[] = Array.from({ length: rng.int(1, 3) }, () => ({
      unitPriceMinor: rng.pick([0, 1, 99, 4999, 12_345, rng.int(0, 20_000)]),
      quantity: rng.int(1, 3),
      taxCodes: rng.subset(RATES.map((rate) => rate.code)),
      payers,
      shares: [],
    }));
    for (const line of lines) this.priceLine(line);
    this.visits.push({ visitId: this.id('visit'), lines, rolledBack: false });
  }

  edit(rng: Random) {
    const editable = this.visits.flatMap((visit) => visit.lines).filter((line) => line.shares.every((share) => share.invoiceId === undefined));
    if (editable.length === 0) return;
    const line = rng.pick(editable);
    const what = rng.int(0, 2);
    if (what === 0) line.quantity = rng.int(1, 4);
    else if (what === 1) line.unitPriceMinor = rng.int(0, 20_000);
    else line.payers = this.randomPayers(rng);
    this.priceLine(line);
    saw('edit');
  }

  rollback(rng: Random) {
    const candidates = this.visits.filter((visit) => !visit.rolledBack);
    if (candidates.length === 0) return;
    const visit = rng.pick(candidates);
    const shares = visit.lines.flatMap((line) => line.shares);
    // Invoiced shares are credited per invoice; refused (nothing changes) if an invoice no longer has that much open.
    const byInvoice = new Map<string, Share[]>();
    for (const share of shares) {
      const invoice = share.invoiceId ? this.invoice(share.invoiceId) : undefined;
      if (invoice && (invoice.status === 'issued' || invoice.status === 'paid')) byInvoice.set(invoice.invoiceId, [...(byInvoice.get(invoice.invoiceId) ?? []), share]);
    }
    const credits = [...byInvoice].map(([invoiceId, invoiced]) => ({ invoice: this.invoice(invoiceId), parts: invoiced.reduce<Parts>((acc, share) => plus(acc, share), { subtotalMinor: 0, taxByCode: {} }) }));
    const fits = credits.every(({ invoice, parts }) => {
      const open = minus(invoice, invoice.reversed);
      return totalOf(parts) <= this.outstanding(invoice) && parts.subtotalMinor <= open.subtotalMinor && Object.entries(parts.taxByCode).every(([code, tax]) => tax <= (open.taxByCode[code] ?? 0));
    });
    if (!fits) return saw('rollback refused');
    for (const { invoice, parts } of credits) this.creditNote(invoice, parts);
    saw(credits.length > 0 ? 'rollback credited' : 'rollback removed');
    // Uninvoiced and draft shares go away; a draft loses them from its totals.
    for (const line of visit.lines) {
      line.shares = line.shares.filter((share) => {
        if (share.invoiceId === undefined) return false;
        const invoice = this.invoice(share.invoiceId);
        if (invoice.status === 'draft') {
          invoice.shareIds = invoice.shareIds.filter((id) => id !== share.shareId);
          this.retotal(invoice);
          return false;
        }
        share.credited = invoice.status !== 'void';
        return true;
      });
    }
    visit.rolledBack = true;
  }

  retotal(invoice: Invoice) {
    const shares = this.shares().filter((share) => invoice.shareIds.includes(share.shareId));
    const totals = invoiceTotals(shares);
    invoice.subtotalMinor = totals.subtotalMinor;
    invoice.taxByCode = totals.taxByCode;
    invoice.totalMinor = totals.totalMinor;
    expect(totals.taxMinor + totals.subtotalMinor).toBe(totals.totalMinor);
  }

  createInvoice(rng: Random) {
    const open = this.shares().filter((share) => share.invoiceId === undefined);
    if (open.length === 0) return;
    const payerId = rng.pick(open).payerId;
    const invoice: Invoice = {
      invoiceId: this.id('inv'),
      payerId,
      status: 'draft',
      posted: false,
      shareIds: [],
      subtotalMinor: 0,
      taxByCode: {},
      totalMinor: 0,
      paidMinor: 0,
      creditedMinor: 0,
      reversed: { subtotalMinor: 0, taxByCode: {} },
    };
    for (const share of open.filter((s) => s.payerId === payerId)) {
      share.invoiceId = invoice.invoiceId;
      invoice.shareIds.push(share.shareId);
    }
    this.invoices.push(invoice);
    this.retotal(invoice);
  }

  issue(rng: Random) {
    const drafts = this.invoices.filter((invoice) => invoice.status === 'draft');
    if (drafts.length === 0) return;
    const invoice = rng.pick(drafts);
    assertInvoiceTransition('draft', 'issued', { paidMinor: 0 });
    invoice.status = 'issued';
    invoice.posted = true;
    this.post(invoiceIssuedEntry({ invoiceId: invoice.invoiceId, payerId: invoice.payerId, subtotalMinor: invoice.subtotalMinor, taxByCode: invoice.taxByCode, totalMinor: invoice.totalMinor }, AT));
    this.issuedMinor += invoice.totalMinor;
  }

  void(rng: Random) {
    const candidates = this.invoices.filter((invoice) => invoice.status !== 'void');
    if (candidates.length === 0) return;
    const invoice = rng.pick(candidates);
    if (invoice.status === 'paid' || invoice.paidMinor > 0) {
      expect(() => assertInvoiceTransition(invoice.status, 'void', { paidMinor: invoice.paidMinor })).toThrow(ConflictError);
      return saw('void refused');
    }
    assertInvoiceTransition(invoice.status, 'void', { paidMinor: invoice.paidMinor });
    if (invoice.status === 'draft') {
      // A voided draft never posted anything; its charges can be invoiced again.
      for (const share of this.shares()) if (share.invoiceId === invoice.invoiceId) delete share.invoiceId;
      invoice.shareIds = [];
      saw('void draft');
    } else {
      saw('void issued');
      const open = minus(invoice, invoice.reversed);
      const amount = totalOf(open);
      this.post(invoiceReversalEntry('void', invoice.invoiceId, { payerId: invoice.payerId, ...open, totalMinor: amount }, AT));
      invoice.reversed = plus(invoice.reversed, open);
      invoice.creditedMinor += amount;
      this.voidsMinor += amount;
    }
    invoice.status = 'void';
  }

  creditNote(invoice: Invoice, parts: Parts) {
    const amount = totalOf(parts);
    if (amount === 0) return;
    this.post(invoiceReversalEntry('credit_note', this.id('cn'), { payerId: invoice.payerId, ...parts, totalMinor: amount }, AT));
    invoice.reversed = plus(invoice.reversed, parts);
    invoice.creditedMinor += amount;
    this.creditNotesMinor += amount;
    this.settle(invoice);
  }

  randomCreditNote(rng: Random) {
    const candidates = this.invoices.filter((invoice) => invoice.status === 'issued' && this.outstanding(invoice) > 0);
    if (candidates.length === 0) return;
    const invoice = rng.pick(candidates);
    const amount = rng.int(1, this.outstanding(invoice));
    const open = minus(invoice, invoice.reversed);
    const codes = Object.keys(open.taxByCode);
    const [subtotalMinor = 0, ...taxes] = allocateProportionally(amount, [open.subtotalMinor, ...codes.map((code) => open.taxByCode[code] ?? 0)]);
    saw('credit note');
    this.creditNote(invoice, { subtotalMinor, taxByCode: Object.fromEntries(codes.map((code, index) => [code, taxes[index] ?? 0])) });
  }

  pay(rng: Random) {
    const open = this.invoices.filter((invoice) => invoice.status === 'issued' && this.outstanding(invoice) > 0);
    const chosen = rng.next() < 0.15 || open.length === 0 ? [] : rng.shuffle(open).slice(0, rng.int(1, Math.min(3, open.length)));
    const style = rng.int(0, 3);
    const credit = this.availableCredit();
    const allocations = chosen.map((invoice) => ({ invoiceId: invoice.invoiceId, amountMinor: rng.next() < 0.5 ? this.outstanding(invoice) : rng.int(1, this.outstanding(invoice)) }));
    if (style === 3 && credit > 0 && allocations[0]) {
      // Wholly from credit: one allocation the credit can cover.
      const first = allocations[0];
      allocations.splice(0, allocations.length, { invoiceId: first.invoiceId, amountMinor: Math.min(first.amountMinor, rng.int(1, credit)) });
    }
    const needed = sum(allocations.map((a) => a.amountMinor));
    let amountMinor = needed;
    let fromCreditMinor = 0;
    if (style === 1) amountMinor = needed + rng.int(1, 5000); // overpaid into credit
    if ((style === 2 || style === 3) && needed > 0) {
      fromCreditMinor = Math.min(credit, style === 3 ? needed : rng.int(0, needed)); // part or all from credit
      amountMinor = needed - fromCreditMinor;
    }
    if (amountMinor === 0 && fromCreditMinor === 0) return;
    const invoices = this.invoices.map((invoice) => ({ invoiceId: invoice.invoiceId, payerId: invoice.payerId, status: invoice.status, outstandingMinor: this.outstanding(invoice) }));
    const result = allocatePayment({ amountMinor, fromCreditMinor, availableCreditMinor: this.availableCredit(), allocations, invoices });
    const paymentId = this.id('pay');
    this.post(paymentEntry({ paymentId, clientId: CLIENT, amountMinor, fromCreditMinor, allocations: result.allocations, toCreditMinor: result.toCreditMinor }, AT));
    this.payments.push({
      paymentId,
      amountMinor,
      toCreditMinor: result.toCreditMinor,
      allocations: result.allocations.map((a) => ({ invoiceId: a.invoiceId, payerId: a.payerId, amountMinor: a.amountMinor, refundedMinor: 0 })),
      refundedMinor: 0,
      creditRefundedMinor: 0,
    });
    for (const allocation of result.allocations) {
      const invoice = this.invoice(allocation.invoiceId);
      invoice.paidMinor += allocation.amountMinor;
      expect(allocation.settles).toBe(this.outstanding(invoice) === 0);
      this.settle(invoice);
    }
    this.cashInMinor += amountMinor;
    this.creditUsedMinor += fromCreditMinor;
    this.allocatedMinor += needed;
    this.overpaidMinor += result.toCreditMinor;
    saw(fromCreditMinor > 0 ? (amountMinor === 0 ? 'payment all from credit' : 'payment partly from credit') : result.toCreditMinor > 0 ? 'overpayment' : 'payment');
    if (result.allocations.length > 1) saw('split payment');
    if (result.allocations.some((a) => !a.settles)) saw('partial payment');
  }

  refund(rng: Random) {
    const candidates = this.payments.filter((payment) => payment.amountMinor > payment.refundedMinor);
    if (candidates.length === 0) return;
    const payment = rng.pick(candidates);
    // Off the credit this payment created first (as far as the client still has it), then back onto its invoices.
    const creditRoom = Math.min(payment.toCreditMinor - payment.creditRefundedMinor, this.availableCredit());
    const allocationRoom = sum(payment.allocations.map((a) => a.amountMinor - a.refundedMinor));
    const most = Math.min(payment.amountMinor - payment.refundedMinor, creditRoom + allocationRoom);
    if (most <= 0) return;
    const amountMinor = rng.next() < 0.3 ? most : rng.int(1, most);
    assertRefund({ amountMinor, paymentAmountMinor: payment.amountMinor, refundedMinor: payment.refundedMinor });
    const fromCreditMinor = Math.min(amountMinor, creditRoom);
    let left = amountMinor - fromCreditMinor;
    const back: { payerId: string; amountMinor: number; invoiceId: string }[] = [];
    for (const allocation of payment.allocations) {
      const take = Math.min(left, allocation.amountMinor - allocation.refundedMinor);
      if (take === 0) continue;
      allocation.refundedMinor += take;
      back.push({ payerId: allocation.payerId, amountMinor: take, invoiceId: allocation.invoiceId });
      left -= take;
    }
    expect(left).toBe(0);
    this.post(refundEntry({ refundId: this.id('ref'), clientId: CLIENT, amountMinor, fromCreditMinor, allocations: back }, AT));
    for (const { invoiceId, amountMinor: amount } of back) {
      const invoice = this.invoice(invoiceId);
      invoice.paidMinor -= amount;
      if (invoice.status === 'paid') saw('paid invoice reopened');
      this.settle(invoice);
      this.refundedOntoReceivableMinor += amount;
    }
    payment.refundedMinor += amountMinor;
    payment.creditRefundedMinor += fromCreditMinor;
    this.creditRefundedMinor += fromCreditMinor;
    this.cashOutMinor += amountMinor;
    if (fromCreditMinor > 0) saw('refund off credit');
    if (back.length > 0) saw('refund onto invoices');
  }

  /** Bad input is refused and changes nothing. */
  bad(rng: Random) {
    const before = this.journal.length;
    const invoices = this.invoices.map((invoice) => ({ invoiceId: invoice.invoiceId, payerId: invoice.payerId, status: invoice.status, outstandingMinor: this.outstanding(invoice) }));
    const notPayable = invoices.filter((invoice) => invoice.status !== 'issued');
    const open = invoices.filter((invoice) => invoice.status === 'issued');
    const what = rng.int(0, 3);
    if (what === 0 && notPayable.length > 0) {
      const invoice = rng.pick(notPayable);
      expect(() => allocatePayment({ amountMinor: 100, allocations: [{ invoiceId: invoice.invoiceId, amountMinor: 100 }], invoices })).toThrow(ConflictError);
    } else if (what === 1 && open.length > 0) {
      const invoice = rng.pick(open);
      expect(() => allocatePayment({ amountMinor: invoice.outstandingMinor + 1, allocations: [{ invoiceId: invoice.invoiceId, amountMinor: invoice.outstandingMinor + 1 }], invoices })).toThrow(ValidationError);
    } else if (what === 2 && this.payments.length > 0) {
      const payment = rng.pick(this.payments);
      expect(() => assertRefund({ amountMinor: payment.amountMinor - payment.refundedMinor + 1, paymentAmountMinor: payment.amountMinor, refundedMinor: payment.refundedMinor })).toThrow(
        expect.objectContaining({ details: expect.objectContaining({ code: 'over_refund' }) }),
      );
    } else {
      expect(() => allocatePayment({ amountMinor: -rng.int(0, 100), allocations: [], invoices })).toThrow(ValidationError);
    }
    expect(this.journal.length).toBe(before);
  }

  check() {
    const lines = this.journal.flatMap((entry) => entry.lines);
    for (const entry of this.journal) {
      expect(sum(entry.lines.map((line) => line.debitMinor))).toBe(sum(entry.lines.map((line) => line.creditMinor)));
      for (const line of entry.lines) {
        expect(Number.isSafeInteger(line.debitMinor) && Number.isSafeInteger(line.creditMinor)).toBe(true);
        expect(line.debitMinor >= 0 && line.creditMinor >= 0 && (line.debitMinor === 0 || line.creditMinor === 0)).toBe(true);
      }
    }
    const balances = accountBalances(lines);
    const balance = (account: string) => balances.get(account) ?? 0;
    const receivables = sum([...balances].filter(([account]) => account.startsWith('receivable:')).map(([, value]) => value));
    expect(receivables).toBe(this.issuedMinor - (this.allocatedMinor - this.refundedOntoReceivableMinor) - this.creditNotesMinor - this.voidsMinor);
    expect(0 - balance(`credit:${CLIENT}`)).toBe(this.overpaidMinor - this.creditUsedMinor - this.creditRefundedMinor);
    expect(this.availableCredit()).toBeGreaterThanOrEqual(0);
    expect(balance('cash')).toBe(this.cashInMinor - this.cashOutMinor);
    const incomeAndTax = sum([...balances].filter(([account]) => account === 'revenue' || account.startsWith('tax:')).map(([, value]) => value));
    expect(0 - incomeAndTax).toBe(this.issuedMinor - this.creditNotesMinor - this.voidsMinor);
    expect(sum(balances.values())).toBe(0);
    // Per payer, the ledger's receivable is what that payer's invoices still have open, and every document is whole.
    for (const payerId of PAYERS) {
      const invoices = this.invoices.filter((invoice) => invoice.payerId === payerId && invoice.posted);
      const open = sum(
        invoices.map((invoice) => {
          const left = invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor;
          expect(left).toBeGreaterThanOrEqual(0);
          return left;
        }),
      );
      expect(balance(`receivable:${payerId}`)).toBe(open);
    }
    for (const invoice of this.invoices) {
      for (const value of [invoice.subtotalMinor, invoice.totalMinor, invoice.paidMinor, invoice.creditedMinor, ...Object.values(invoice.taxByCode)]) expect(Number.isSafeInteger(value)).toBe(true);
      if (invoice.status === 'paid') expect(this.outstanding(invoice)).toBe(0);
      if (invoice.status === 'void') expect(invoice.paidMinor).toBe(0);
    }
    for (const share of this.shares()) {
      expect(Number.isSafeInteger(share.totalMinor) && share.totalMinor > 0).toBe(true);
      expect(totalOf(share)).toBe(share.totalMinor);
    }
  }
}

const KINDS = ['arrive', 'arrive', 'arrive', 'edit', 'rollback', 'createInvoice', 'createInvoice', 'issue', 'issue', 'issue', 'void', 'pay', 'pay', 'pay', 'pay', 'refund', 'refund', 'creditNote', 'bad'] as const;
const event = fc.record({ kind: fc.constantFrom(...KINDS), seed: fc.integer() });

describe('the ledger over random billing histories', () => {
  it('balances every entry, matches receivables and client credit to the documents, and never holds a fraction', () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 20, maxLength: 80 }), (events) => {
        const model = new Model();
        for (const { kind, seed } of events) {
          const rng = random(seed);
          if (kind === 'creditNote') model.randomCreditNote(rng);
          else model[kind](rng);
          model.check();
        }
      }),
      { numRuns: 300 },
    );
    console.log('billing histories exercised:', JSON.stringify(seen));
    for (const path of ['rollback credited', 'rollback removed', 'edit', 'void draft', 'void issued', 'void refused', 'credit note', 'payment', 'overpayment', 'payment partly from credit', 'payment all from credit', 'split payment', 'partial payment', 'refund off credit', 'refund onto invoices', 'paid invoice reopened']) {
      expect({ path, ran: (seen[path] ?? 0) > 0 }).toEqual({ path, ran: true });
    }
  }, 120_000);
});
