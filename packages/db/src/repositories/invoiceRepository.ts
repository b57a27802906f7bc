import {
  addLocalDays,
  assertInvoiceTransition,
  ConflictError,
  formatInvoiceLabel,
  type Invoice,
  invoiceIssuedEntry,
  invoiceReversalEntry,
  invoiceTotals,
  localDateOf,
  manualCreditMinor,
  NotFoundError,
  outstandingMinor,
  type UpdateInvoice,
  ValidationError,
} from '@casefile/core';
import { applyPatch, type RepositoryContext, stampNew, stampUpdate } from './context';
import { chargeItem, CREDIT_NOTE_SEQUENCE, creditInvoice, invoiceItem, invoicePutOperation, journalOperation, type StoredCharge, type StoredInvoice, toInvoice, uncreditedParts } from './billingRecords';
import { createBillingSetupRepository } from './billingSetupRepository';
import { createChargeRepository } from './chargeRepository';
import { allocateInTransaction } from './sequenceAllocator';
import { readRetryingConflicts, writeTransaction, type TransactionEntities } from './transactionWrite';

/** At most this many charges on one invoice: with the invoice, the counter and the journal they fit one transaction. */
export const MAX_INVOICE_LINES = 95;

/** Invoices (B4): created from uninvoiced charges with the clinic's next number, issued, voided, credited. */
export function createInvoiceRepository(ctx: RepositoryContext) {
  const { invoice, clinic } = ctx.service.entities;
  const setup = createBillingSetupRepository(ctx);
  const charges = createChargeRepository(ctx);
  const keysOf = (invoiceId: string) => ({ clinicId: ctx.clinicId, invoiceId });

  async function get(invoiceId: string): Promise<StoredInvoice> {
    const result = await readRetryingConflicts(() => invoice.get(keysOf(invoiceId)).go({ consistent: true }));
    if (!result.data) throw new NotFoundError('Invoice');
    return result.data as unknown as StoredInvoice;
  }

  async function today(): Promise<string> {
    const settings = await readRetryingConflicts(() => clinic.get({ clinicId: ctx.clinicId }).go());
    return localDateOf(ctx.now().toISOString(), settings.data?.defaultTimeZone ?? 'UTC');
  }

  /** Writes the invoice's next state (and more), conditioned on the version read; a lost race is a 409. */
  async function write(current: StoredInvoice, next: StoredInvoice, more: (entities: TransactionEntities) => unknown[] = () => []): Promise<Invoice> {
    const stamped = { ...next, ...stampUpdate(ctx, current) };
    const outcome = await writeTransaction(ctx, (entities) => [invoicePutOperation(entities, ctx, current, stamped), ...more(entities)]);
    if (!outcome.written) throw new ConflictError('The invoice changed at the same time; reload and try again.', 'concurrent_change');
    return toInvoice(stamped);
  }

  function releaseCharges(entities: TransactionEntities, released: readonly StoredCharge[]) {
    return released.map((charge) => {
      const next: StoredCharge = { ...charge, status: 'open', ...stampUpdate(ctx, charge) };
      delete next.invoiceId;
      return entities.charge.put(chargeItem(next) as never).where(({ version }, { eq }) => eq(version, charge.version)).commit();
    });
  }

  return {
    get,

    async getMany(invoiceIds: readonly string[]): Promise<StoredInvoice[]> {
      if (invoiceIds.length === 0) return [];
      const result = await readRetryingConflicts(() => invoice.get([...new Set(invoiceIds)].map(keysOf)).go({ consistent: true }));
      return result.data.filter(Boolean) as unknown as StoredInvoice[];
    },

    async listForCase(caseId: string): Promise<StoredInvoice[]> {
      const result = await readRetryingConflicts(() => invoice.query.byCase({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' }));
      return result.data as unknown as StoredInvoice[];
    },

    async listForClient(clientId: string): Promise<StoredInvoice[]> {
      const result = await readRetryingConflicts(() => invoice.query.byClient({ clinicId: ctx.clinicId, clientId }).go({ pages: 'all' }));
      return result.data as unknown as StoredInvoice[];
    },

    /** The clinic's issued invoices (sparse gsi3): what A/R aging reads. */
    async listOpen(): Promise<StoredInvoice[]> {
      const result = await readRetryingConflicts(() => invoice.query.open({ clinicId: ctx.clinicId, openKey: 'open' }).go({ pages: 'all' }));
      return result.data as unknown as StoredInvoice[];
    },

    /**
     * A draft invoice of the case's uninvoiced charges for one payer (the oldest first, at most 95),
     * numbered with the clinic's next invoice number in the same transaction that marks the charges
     * invoiced (each conditioned on the version read, so two invoices never take the same charge).
     */
    async create(caseId: string, payerId: string, notes: string | undefined): Promise<Invoice> {
      const [billing, policy] = await Promise.all([setup.caseBilling(caseId), setup.policy()]);
      const payer = billing.payers.find((item) => item.payerId === payerId);
      if (!payer) throw new ValidationError('Unknown payer.', [{ path: 'body.payerId', message: 'Not a payer of this case.' }]);
      const listed = (await charges.listForCase(caseId)).filter((charge) => charge.status === 'open' && charge.payerId === payerId);
      const fresh = (await charges.getMany(listed.map((charge) => charge.chargeId)))
        .filter((charge) => charge.status === 'open' && charge.payerId === payerId)
        .sort((a, b) => a.serviceDate.localeCompare(b.serviceDate) || a.chargeId.localeCompare(b.chargeId))
        .slice(0, MAX_INVOICE_LINES);
      if (fresh.length === 0) throw new ConflictError('The case has no uninvoiced charges for this payer.', 'nothing_to_invoice');
      const lines = fresh.map((charge) => ({
        chargeId: charge.chargeId,
        ...(charge.appointmentId ? { appointmentId: charge.appointmentId } : {}),
        code: charge.code,
        description: charge.description,
        serviceDate: charge.serviceDate,
        ...(charge.providerMemberId ? { providerMemberId: charge.providerMemberId } : {}),
        quantity: charge.quantity,
        unitPriceMinor: charge.unitPriceMinor,
        subtotalMinor: charge.subtotalMinor,
        taxByCode: charge.taxByCode,
        totalMinor: charge.totalMinor,
      }));
      const totals = invoiceTotals(lines);
      const invoiceId = ctx.newId();
      const meta = stampNew(ctx);
      const created = await allocateInTransaction<StoredInvoice>(
        ctx,
        'invoiceNumber',
        (invoiceNumber, entities) => {
          const item: StoredInvoice = {
            clinicId: ctx.clinicId,
            invoiceId,
            invoiceNumber,
            invoiceLabel: formatInvoiceLabel(invoiceNumber),
            caseId,
            clientId: billing.clientId,
            payerId,
            payerName: payer.name,
            currency: policy.currency,
            status: 'draft',
            lines,
            ...totals,
            paidMinor: 0,
            creditedMinor: 0,
            creditNotes: [],
            ...(notes ? { notes } : {}),
            ...meta,
          };
          return {
            item,
            operations: [
              entities.invoice.create(invoiceItem(item) as never).commit(),
              ...fresh.map((charge) =>
                entities.charge
                  .put(chargeItem({ ...charge, status: 'invoiced', invoiceId, ...stampUpdate(ctx, charge) }) as never)
                  .where(({ version }, { eq }) => eq(version, charge.version))
                  .commit(),
              ),
            ],
          };
        },
        () => new ConflictError('Some of the charges changed (or were invoiced) at the same time; try again.', 'charges_changed'),
      );
      return toInvoice(created);
    },

    async update(invoiceId: string, patch: UpdateInvoice): Promise<Invoice> {
      const current = await get(invoiceId);
      if (current.status !== 'draft') throw new ConflictError(`The invoice is ${current.status}: issued invoices are immutable; correct them with a credit note.`, 'invoice_immutable', { status: current.status });
      return write(current, applyPatch(current, patch));
    },

    /** Issues a draft: the issue and due dates, and the journal entry (receivable / revenue / tax) in the same transaction. */
    async issue(invoiceId: string): Promise<Invoice> {
      const current = await get(invoiceId);
      assertInvoiceTransition(current.status, 'issued', { paidMinor: current.paidMinor });
      const [issuedOn, policy] = await Promise.all([today(), setup.policy()]);
      const next: StoredInvoice = { ...current, status: 'issued', issuedOn, dueOn: addLocalDays(issuedOn, policy.paymentTermsDays) };
      const entry = invoiceIssuedEntry({ invoiceId, payerId: current.payerId, subtotalMinor: current.subtotalMinor, taxByCode: current.taxByCode, totalMinor: current.totalMinor }, ctx.now().toISOString());
      return write(current, next, (entities) => [journalOperation(entities, ctx, entry, current.clientId, [current.caseId])]);
    },

    /**
     * Voids a draft, or an issued invoice nothing was paid on nor credited by hand (reversing what is
     * left of it); its charges still on it can be invoiced again. Charges a visit rollback credited stay
     * credited, and their credit notes already reversed their part, so the ledger stays whole.
     */
    async void(invoiceId: string, reason: string): Promise<Invoice> {
      const current = await get(invoiceId);
      assertInvoiceTransition(current.status, 'void', { paidMinor: current.paidMinor, manualCreditMinor: manualCreditMinor(current.creditNotes) });
      const onInvoice = (await charges.getMany(current.lines.map((line) => line.chargeId))).filter((charge) => charge.status === 'invoiced' && charge.invoiceId === invoiceId);
      const next: StoredInvoice = { ...current, status: 'void', notes: [current.notes, `Void: ${reason}`].filter(Boolean).join('\n') };
      const left = uncreditedParts(current);
      const remaining = current.totalMinor - current.creditedMinor;
      return write(current, next, (entities) => [
        ...releaseCharges(entities, onInvoice),
        ...(current.status === 'issued' && remaining > 0
          ? [journalOperation(entities, ctx, invoiceReversalEntry('void', invoiceId, { payerId: current.payerId, ...left, totalMinor: remaining }, ctx.now().toISOString()), current.clientId, [current.caseId])]
          : []),
      ]);
    },

    /** A credit note on an issued invoice, of part or all of what is outstanding, with the clinic's next credit-note number. */
    async creditNote(invoiceId: string, amountMinor: number | undefined, reason: string): Promise<Invoice> {
      const current = await get(invoiceId);
      if (current.status !== 'issued') throw new ConflictError(`Only issued invoices with something outstanding take a credit note; this one is ${current.status}.`, 'invoice_not_open', { status: current.status });
      const outstanding = outstandingMinor(current);
      const amount = amountMinor ?? outstanding;
      if (amount <= 0 || amount > outstanding) {
        throw new ValidationError('The credit is more than what is outstanding.', [{ path: 'body.amountMinor', message: `At most ${outstanding}.` }]);
      }
      const at = ctx.now().toISOString();
      const creditNoteId = ctx.newId();
      const written = await allocateInTransaction<StoredInvoice>(
        ctx,
        CREDIT_NOTE_SEQUENCE,
        (creditNoteNumber, entities) => {
          const { next, entry } = creditInvoice(current, { creditNoteId, creditNoteNumber, amountMinor: amount, reason, at });
          const item = { ...next, ...stampUpdate(ctx, current) };
          return { item, operations: [invoicePutOperation(entities, ctx, current, item), journalOperation(entities, ctx, entry, current.clientId, [current.caseId])] };
        },
        () => new ConflictError('The invoice changed at the same time; reload and try again.', 'concurrent_change'),
      );
      return toInvoice(written);
    },
  };
}

export type InvoiceRepository = ReturnType<typeof createInvoiceRepository>;
