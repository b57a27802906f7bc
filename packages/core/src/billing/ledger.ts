/**
 * The double-entry ledger (SPEC B6). Every money event posts one balanced journal entry in the same
 * write as its document; nothing is deleted, corrections are reversing entries.
 *
 * Accounts: `receivable:<payerId>`, `revenue`, `tax:<code>`, `cash`, `credit:<clientId>`.
 * Normal balances: receivable and cash are debit accounts; revenue, tax and client credit are credit
 * accounts (client credit is money the clinic owes the client).
 *
 * Every builder drops zero lines, puts a negative amount on the other side, and checks its entry
 * balances before returning it.
 */

export interface JournalLine {
  account: string;
  debitMinor: number;
  creditMinor: number;
}
export const JOURNAL_SOURCES = ['invoice', 'credit_note', 'void', 'payment', 'refund'] as const;
export type JournalSource = (typeof JOURNAL_SOURCES)[number];
export interface JournalEntryDraft {
  source: JournalSource;
  sourceId: string;
  postedAt: string;
  lines: JournalLine[];
}

export const receivableAccount = (payerId: string): string => `receivable:${payerId}`;
export const taxAccount = (code: string): string => `tax:${code}`;
export const creditAccount = (clientId: string): string => `credit:${clientId}`;
export const REVENUE_ACCOUNT = 'revenue';
export const CASH_ACCOUNT = 'cash';

/** A debit of `amount` (a credit when negative); undefined for zero. */
function debit(account: string, amount: number): JournalLine | undefined {
  if (amount === 0) return undefined;
  return amount > 0 ? { account, debitMinor: amount, creditMinor: 0 } : { account, debitMinor: 0, creditMinor: -amount };
}
function credit(account: string, amount: number): JournalLine | undefined {
  return debit(account, -amount);
}

function entry(source: JournalSource, sourceId: string, postedAt: string, lines: (JournalLine | undefined)[]): JournalEntryDraft {
  const draft: JournalEntryDraft = { source, sourceId, postedAt, lines: lines.filter((line): line is JournalLine => line !== undefined) };
  assertBalanced(draft);
  return draft;
}

interface InvoiceAmounts {
  payerId: string;
  subtotalMinor: number;
  taxByCode: Record<string, number>;
  totalMinor: number;
}

function issuingLines(i: InvoiceAmounts, sign: 1 | -1): (JournalLine | undefined)[] {
  return [
    debit(receivableAccount(i.payerId), sign * i.totalMinor),
    credit(REVENUE_ACCOUNT, sign * i.subtotalMinor),
    ...Object.entries(i.taxByCode).map(([code, tax]) => credit(taxAccount(code), sign * tax)),
  ];
}

/** Issuing: DR receivable:payer total; CR revenue subtotal; CR tax:code each. */
export function invoiceIssuedEntry(i: InvoiceAmounts & { invoiceId: string }, postedAt: string): JournalEntryDraft {
  return entry('invoice', i.invoiceId, postedAt, issuingLines(i, 1));
}

/** Voiding an issued invoice, or a credit note (of part or all): the reverse of issuing for the amounts given. */
export function invoiceReversalEntry(source: 'void' | 'credit_note', sourceId: string, i: InvoiceAmounts, postedAt: string): JournalEntryDraft {
  return entry(source, sourceId, postedAt, issuingLines(i, -1));
}

/** Payment: DR cash amount; DR credit:client fromCredit; CR receivable:payer per allocation; CR credit:client overpayment. */
export function paymentEntry(
  p: {
    paymentId: string;
    clientId: string;
    amountMinor: number;
    fromCreditMinor: number;
    allocations: readonly { payerId: string; amountMinor: number }[];
    toCreditMinor: number;
  },
  postedAt: string,
): JournalEntryDraft {
  return entry('payment', p.paymentId, postedAt, [
    debit(CASH_ACCOUNT, p.amountMinor),
    debit(creditAccount(p.clientId), p.fromCreditMinor),
    ...p.allocations.map((allocation) => credit(receivableAccount(allocation.payerId), allocation.amountMinor)),
    credit(creditAccount(p.clientId), p.toCreditMinor),
  ]);
}

/** Refund: the reverse of a payment for the amounts given (back onto receivable per allocation, and/or off client credit); CR cash. */
export function refundEntry(
  r: { refundId: string; clientId: string; amountMinor: number; fromCreditMinor: number; allocations: readonly { payerId: string; amountMinor: number }[] },
  postedAt: string,
): JournalEntryDraft {
  return entry('refund', r.refundId, postedAt, [
    ...r.allocations.map((allocation) => debit(receivableAccount(allocation.payerId), allocation.amountMinor)),
    debit(creditAccount(r.clientId), r.fromCreditMinor),
    credit(CASH_ACCOUNT, r.amountMinor),
  ]);
}

/** Throws (plain Error: a bug, not bad input) unless debits == credits, every amount a non-negative safe integer, each line one-sided. */
export function assertBalanced(entry: JournalEntryDraft): void {
  let debits = 0;
  let credits = 0;
  entry.lines.forEach((line, index) => {
    for (const amount of [line.debitMinor, line.creditMinor]) {
      if (!Number.isSafeInteger(amount) || amount < 0) {
        throw new Error(`Journal entry ${entry.source}/${entry.sourceId} line ${index} (${line.account}): ${amount} is not a non-negative whole number of minor units.`);
      }
    }
    if (line.debitMinor > 0 && line.creditMinor > 0) {
      throw new Error(`Journal entry ${entry.source}/${entry.sourceId} line ${index} (${line.account}) is both a debit and a credit.`);
    }
    if (typeof line.account !== 'string' || line.account === '') throw new Error(`Journal entry ${entry.source}/${entry.sourceId} line ${index} has no account.`);
    debits += line.debitMinor;
    credits += line.creditMinor;
  });
  if (!Number.isSafeInteger(debits) || debits !== credits) {
    throw new Error(`Journal entry ${entry.source}/${entry.sourceId} does not balance: debits ${debits}, credits ${credits}.`);
  }
}

/** Debit minus credit per account. */
export function accountBalances(lines: Iterable<JournalLine>): Map<string, number> {
  const balances = new Map<string, number>();
  for (const line of lines) balances.set(line.account, (balances.get(line.account) ?? 0) + line.debitMinor - line.creditMinor);
  return balances;
}
