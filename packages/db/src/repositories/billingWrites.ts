/**
 * Writes what a billing decision made as one DynamoDB transaction. Every change is conditioned on the
 * version it was decided from (a create on the item not existing), and every money document carries
 * its journal entry in the same transaction. A lost race comes back as `{ conflict }`: the use case
 * reads again and decides again, or answers 409.
 */
import { assertBalanced, type AppointmentBillingRecord, type Change, type JournalPosting, type NewCharge, type NewInvoice, type NewPayment } from '@casefile/core';
import type { StoredAppointmentBilling, StoredCaseBilling, StoredCharge, StoredClientAccount, StoredInvoice, StoredPayment } from './billingRecords';
import { type RecordMeta, type RepositoryContext, stampNew, stampUpdate } from './context';
import { allocateInTransaction } from './sequenceAllocator';
import { type TransactionEntities, writeTransaction } from './transactionWrite';
import { onVersionRead } from './writePrecondition';

export interface BillingWrite {
  newCharges?: readonly NewCharge[];
  charges?: readonly Change<StoredCharge>[];
  newInvoice?: NewInvoice;
  invoices?: readonly Change<StoredInvoice>[];
  newPayment?: NewPayment;
  payments?: readonly Change<StoredPayment>[];
  journal?: readonly JournalPosting[];
  /** The client's credit after the write; `before` undefined when the account item does not exist yet. */
  clientCredit?: { clientId: string; before: StoredClientAccount | undefined; creditMinor: number };
  /** The case's payers and authorizations; `before` of version 0 when the item does not exist yet. */
  caseBilling?: { before: StoredCaseBilling; next: Pick<StoredCaseBilling, 'payers' | 'authorizations'> };
  appointmentBilling?: { appointmentId: string; before: StoredAppointmentBilling | undefined; next: AppointmentBillingRecord };
}

/** The charges, invoices and payments as written: new ones first, then changed ones, each in the order given. */
export interface Written {
  charges: StoredCharge[];
  invoices: StoredInvoice[];
  payments: StoredPayment[];
}

interface Stamped<T> {
  item: T;
  /** The version the write is conditioned on; undefined for a create (conditioned on the item not existing). */
  readVersion?: number;
}

interface Prepared {
  charges: Stamped<StoredCharge>[];
  invoices: Stamped<StoredInvoice>[];
  payments: Stamped<StoredPayment>[];
}

export type BillingWriteOutcome = { ok: true; written: Written } | { conflict: true };
export type NumberedWriteOutcome = { ok: true; first: number; written: Written } | { conflict: true };

/** One billing transaction of the clinic; the use case holds it beside the repositories it read from. */
export function createBillingWrites(ctx: RepositoryContext) {
  const chargeItem = (charge: StoredCharge) => ({ ...charge, appointmentKey: charge.appointmentId ?? '' });
  const invoiceItem = (invoice: StoredInvoice) => ({ ...invoice, openKey: invoice.status === 'issued' ? 'open' : '' });

  /** Each document as it will be stored (keys and stamps added), with the version its write is conditioned on (none: a create). */
  function stampAll<T extends RecordMeta, N extends object>(created: readonly N[], changed: readonly Change<T>[] | undefined): Stamped<N & { clinicId: string } & RecordMeta | T>[] {
    return [
      ...created.map((item) => ({ item: { ...item, clinicId: ctx.clinicId, ...stampNew(ctx) } })),
      ...(changed ?? []).map(({ before, next }) => ({ item: { ...next, ...stampUpdate(ctx, before) }, readVersion: before.version })),
    ];
  }

  function prepare(write: BillingWrite): Prepared {
    return {
      charges: stampAll<StoredCharge, NewCharge>(write.newCharges ?? [], write.charges),
      invoices: stampAll<StoredInvoice, NewInvoice>(write.newInvoice ? [write.newInvoice] : [], write.invoices),
      payments: stampAll<StoredPayment, NewPayment>(write.newPayment ? [write.newPayment] : [], write.payments),
    };
  }

  function operations(entities: TransactionEntities, write: BillingWrite, prepared: Prepared): unknown[] {
    return [
      ...(write.appointmentBilling ? [appointmentBillingOperation(entities, write.appointmentBilling)] : []),
      ...prepared.charges.map(({ item, readVersion }) =>
        readVersion === undefined
          ? entities.charge.create(chargeItem(item)).commit()
          : entities.charge.put(chargeItem(item)).where(({ version }, { eq }) => eq(version, readVersion)).commit(),
      ),
      ...prepared.invoices.map(({ item, readVersion }) =>
        readVersion === undefined
          ? entities.invoice.create(invoiceItem(item)).commit()
          : entities.invoice.put(invoiceItem(item)).where((attributes, { eq }) => onVersionRead({ invoiceId: item.invoiceId }, attributes, eq, readVersion)).commit(),
      ),
      ...prepared.payments.map(({ item, readVersion }) =>
        readVersion === undefined ? entities.payment.create(item).commit() : entities.payment.put(item).where(({ version }, { eq }) => eq(version, readVersion)).commit(),
      ),
      ...(write.clientCredit ? [clientCreditOperation(entities, write.clientCredit)] : []),
      ...(write.caseBilling ? [caseBillingOperation(entities, write.caseBilling)] : []),
      ...(write.journal ?? []).map((posting) => journalOperation(entities, posting)),
    ];
  }

  const writtenOf = (prepared: Prepared): Written => ({
    charges: prepared.charges.map(({ item }) => item),
    invoices: prepared.invoices.map(({ item }) => item),
    payments: prepared.payments.map(({ item }) => item),
  });

  function appointmentBillingOperation(entities: TransactionEntities, { appointmentId, before, next }: NonNullable<BillingWrite['appointmentBilling']>) {
    const item = { clinicId: ctx.clinicId, appointmentId, ...next };
    if (!before) return entities.appointmentBilling.create({ ...item, ...stampNew(ctx) }).commit();
    return entities.appointmentBilling
      .put({ ...item, ...stampUpdate(ctx, before) })
      .where(({ version }, { eq }) => eq(version, before.version))
      .commit();
  }

  function caseBillingOperation(entities: TransactionEntities, { before, next }: NonNullable<BillingWrite['caseBilling']>) {
    const item = { ...before, ...next };
    if (before.version === 0) return entities.caseBilling.create({ ...item, ...stampNew(ctx) }).commit();
    return entities.caseBilling
      .put({ ...item, ...stampUpdate(ctx, before) })
      .where(({ version }, { eq }) => eq(version, before.version))
      .commit();
  }

  /** The account item's new credit, conditioned on the version read, or on its absence if it was not stored yet. */
  function clientCreditOperation(entities: TransactionEntities, { clientId, before, creditMinor }: NonNullable<BillingWrite['clientCredit']>) {
    // A guard against a bug upstream, not a rule: the decisions never spend more credit than was read.
    if (creditMinor < 0) throw new Error(`Client credit would go below zero (${creditMinor}).`);
    if (!before) return entities.clientAccount.create({ clinicId: ctx.clinicId, clientId, creditMinor, version: 1 }).commit();
    return entities.clientAccount
      .put({ clinicId: ctx.clinicId, clientId, creditMinor, version: before.version + 1 })
      .where(({ version }, { eq }) => eq(version, before.version))
      .commit();
  }

  /** A balanced journal entry as an item, written with attribute_not_exists (its id is its document's). */
  function journalOperation(entities: TransactionEntities, { entry, clientId, caseIds }: JournalPosting) {
    assertBalanced(entry);
    return entities.journalEntry
      .create({
        clinicId: ctx.clinicId,
        entryId: `${entry.source}-${entry.sourceId}`,
        clientId,
        caseIds: [...new Set(caseIds)],
        source: entry.source,
        sourceId: entry.sourceId,
        postedAt: entry.postedAt,
        lines: entry.lines,
        createdBy: ctx.actor,
      })
      .commit();
  }

  return {
    /** Writes everything in one transaction; a failed condition or a conflicting transaction is `{ conflict }`. */
    async write(write: BillingWrite): Promise<BillingWriteOutcome> {
      const prepared = prepare(write);
      const outcome = await writeTransaction(ctx, (entities) => operations(entities, write, prepared));
      return outcome.written ? { ok: true, written: writtenOf(prepared) } : { conflict: true };
    },

    /**
     * Takes the next `count` numbers of the clinic's sequence `name` and writes what `build` makes of
     * the first, in the same transaction (numbers are never skipped or reused: a race for the number is
     * retried inside). A failed condition on the documents' own writes is `{ conflict }`.
     */
    async writeNumbered(name: string, count: number, build: (first: number) => BillingWrite): Promise<NumberedWriteOutcome> {
      try {
        let prepared: Prepared = { charges: [], invoices: [], payments: [] };
        const first = await allocateInTransaction<number>(
          ctx,
          { name, count },
          (value, entities) => {
            const write = build(value);
            prepared = prepare(write);
            return { item: value, operations: operations(entities, write, prepared) };
          },
          () => new StaleDocuments(),
        );
        return { ok: true, first, written: writtenOf(prepared) };
      } catch (error) {
        if (error instanceof StaleDocuments) return { conflict: true };
        throw error;
      }
    },
  };
}

/** The documents a numbered write was decided from changed meanwhile (not a race for the number). */
class StaleDocuments extends Error {
  override name = 'StaleDocuments';
}

export type BillingWrites = ReturnType<typeof createBillingWrites>;
