import {
  authorizationFor,
  type BillingEpisodeKind,
  crossesThreshold,
  desiredEpisode,
  deterministicUlid,
  formatCreditNoteLabel,
  type Payer,
  type PayerShare,
  priceLine,
  remainingVisits,
  splitPriced,
} from '@casefile/core';
import { type RecordMeta, type RepositoryContext, stampNew, stampUpdate } from './context';
import { chargeItem, CREDIT_NOTE_SEQUENCE, creditInvoice, invoicePutOperation, journalOperation, openCharges, type StoredCharge, type StoredInvoice } from './billingRecords';
import { createBillingSetupRepository, type StoredAuthorization, type StoredCaseBilling } from './billingSetupRepository';
import { activePayerShares, createChargeRepository } from './chargeRepository';
import { allocateInTransaction } from './sequenceAllocator';
import { readRetryingConflicts, writeTransaction, pause, type TransactionEntities } from './transactionWrite';

/** What billing did for an appointment's current arrival or fee. */
interface ActiveEpisode {
  kind: BillingEpisodeKind;
  /** The status change it came from (the appointment's statusChangedAt then). */
  key: string;
  chargeIds: string[];
  authorizations: { authorizationId: string; amountMinor: number }[];
}

interface AppointmentBillingState extends RecordMeta {
  clinicId: string;
  appointmentId: string;
  active: ActiveEpisode | null;
  history: { kind: BillingEpisodeKind; key: string; undoneAt: string }[];
}

export interface AppointmentForBilling {
  appointmentId: string;
  caseId: string;
  clientId: string;
  status: string;
  statusChangedAt: string;
  cancellation?: { late?: boolean } | undefined;
  /** The session's default billing items (arrivals). */
  billingItemIds: readonly string[];
  /** The calendar's provider: the charges' billing provider. */
  providerMemberId?: string | undefined;
  /** The visit's local date. */
  serviceDate: string;
}

export type ReconcileResult = 'unchanged' | 'applied';

const ATTEMPTS = 12;

/** The write lost a race with another change of the state it read: read again and retry. */
class StaleRead extends Error {}

/**
 * The charge effects of appointment status changes (B2, B3, K5). `reconcile` compares what the
 * appointment's current status calls for with what was done, and makes the difference in one
 * transaction: the state item (conditioned on its version), charges created with deterministic ids
 * (conditioned on not existing), uninvoiced charges removed or invoiced ones credited, and visits
 * consumed or given back on the case's authorizations (conditioned on its version). However often and
 * in whatever order stream records arrive, the outcome is the same.
 */
export function createAppointmentBillingRepository(ctx: RepositoryContext) {
  const { appointmentBilling, invoice } = ctx.service.entities;
  const setup = createBillingSetupRepository(ctx);
  const charges = createChargeRepository(ctx);

  async function readState(appointmentId: string): Promise<AppointmentBillingState | undefined> {
    const result = await readRetryingConflicts(() => appointmentBilling.get({ clinicId: ctx.clinicId, appointmentId }).go({ consistent: true }));
    return (result.data as unknown as AppointmentBillingState | null) ?? undefined;
  }

  async function attempt(appointment: AppointmentForBilling): Promise<ReconcileResult | 'retry'> {
    const [state, policy] = await Promise.all([readState(appointment.appointmentId), setup.policy()]);
    const desired = desiredEpisode(appointment, policy);
    const active = state?.active ?? null;
    if ((active?.kind ?? undefined) === desired) return 'unchanged';
    const billing = await setup.caseBilling(appointment.caseId);
    const now = ctx.now().toISOString();
    let authorizations: StoredAuthorization[] = billing.authorizations.map((item) => ({ ...item }));
    let payers: Payer[] = billing.payers;
    const operations: ((entities: TransactionEntities) => unknown)[] = [];
    // Credit notes of this rollback, in order: numbered from the clinic's credit-note sequence when written.
    const newCreditNotes: string[] = [];
    let firstCreditNoteNumber = 0;
    const numbered = (invoice: StoredInvoice): StoredInvoice => ({
      ...invoice,
      creditNotes: invoice.creditNotes.map((note) => {
        const index = newCreditNotes.indexOf(note.creditNoteId);
        return index === -1 ? note : { ...note, creditNoteNumber: firstCreditNoteNumber + index, creditNoteLabel: formatCreditNoteLabel(firstCreditNoteNumber + index) };
      }),
    });

    // Undo what the previous status called for.
    if (active) {
      const current = await charges.getMany(active.chargeIds);
      const invoiceIds = [...new Set(current.filter((charge) => charge.status === 'invoiced' && charge.invoiceId).map((charge) => charge.invoiceId!))];
      const invoices = new Map<string, StoredInvoice>();
      if (invoiceIds.length > 0) {
        const read = await readRetryingConflicts(() => invoice.get(invoiceIds.map((invoiceId) => ({ clinicId: ctx.clinicId, invoiceId }))).go({ consistent: true }));
        for (const item of read.data) if (item) invoices.set(item.invoiceId, item as unknown as StoredInvoice);
      }
      const touched = new Map<string, { before: StoredInvoice; next: StoredInvoice }>();
      for (const charge of current) {
        if (charge.status === 'open') {
          operations.push((entities) =>
            entities.charge
              .put(chargeItem({ ...charge, status: 'removed', ...stampUpdate(ctx, charge) }) as never)
              .where(({ version }, { eq }) => eq(version, charge.version))
              .commit(),
          );
          continue;
        }
        if (charge.status !== 'invoiced' || !charge.invoiceId) continue;
        const before = invoices.get(charge.invoiceId);
        if (!before) continue;
        const entry = touched.get(before.invoiceId) ?? { before, next: before };
        if (entry.next.status === 'draft') {
          // A draft loses the line; its totals follow.
          const lines = entry.next.lines.filter((line) => line.chargeId !== charge.chargeId);
          entry.next = { ...entry.next, lines, ...sumLines(lines) };
        } else if (entry.next.status === 'issued' || entry.next.status === 'paid') {
          const credit = Math.min(charge.totalMinor, entry.next.totalMinor - entry.next.creditedMinor);
          if (credit > 0) {
            const creditNoteId = deterministicUlid(appointment.appointmentId, 'credit', active.key, charge.chargeId);
            const { next, entry: journal } = creditInvoice(entry.next, { creditNoteId, creditNoteNumber: 0, amountMinor: credit, reason: 'Visit rolled back', chargeId: charge.chargeId, at: now });
            newCreditNotes.push(creditNoteId);
            entry.next = next;
            operations.push((entities) => journalOperation(entities, ctx, journal, before.clientId, [before.caseId]));
          }
        }
        touched.set(before.invoiceId, entry);
        const status = entry.next.status === 'draft' ? 'removed' : 'credited';
        operations.push((entities) => {
          const next: StoredCharge = { ...charge, status, ...stampUpdate(ctx, charge) };
          if (status === 'removed') delete next.invoiceId;
          return entities.charge.put(chargeItem(next) as never).where(({ version }, { eq }) => eq(version, charge.version)).commit();
        });
      }
      for (const { before, next } of touched.values()) operations.push((entities) => invoicePutOperation(entities, ctx, before, numbered(next)));
      for (const used of active.authorizations) {
        authorizations = authorizations.map((item) =>
          item.authorizationId === used.authorizationId ? { ...item, usedVisits: Math.max(0, item.usedVisits - 1), usedAmountMinor: Math.max(0, item.usedAmountMinor - used.amountMinor) } : item,
        );
      }
    }

    // Do what the current status calls for.
    let nextActive: ActiveEpisode | null = null;
    if (desired) {
      const itemIds = desired === 'arrival' ? appointment.billingItemIds : [desired === 'no_show' ? policy.noShowFeeItemId! : policy.lateCancelFeeItemId!];
      const items = await setup.getItems(itemIds);
      const byId = new Map(items.map((item) => [item.billingItemId, item]));
      let shares = activePayerShares(payers);
      if (shares.length === 0) {
        // A case with no payer bills the client: the payer is added with the charges.
        const clientPayer: Payer = { payerId: deterministicUlid(appointment.caseId, 'client-payer', appointment.caseId), kind: 'client', name: 'Client', coverage: { kind: 'remainder' }, active: true };
        payers = [...payers, clientPayer];
        shares = activePayerShares(payers);
      }
      const key = appointment.statusChangedAt;
      const created: StoredCharge[] = [];
      const meta = stampNew(ctx);
      itemIds.forEach((itemId, index) => {
        const item = byId.get(itemId);
        if (!item) return;
        const priced = priceLine({ quantity: 1, unitPriceMinor: item.unitPriceMinor, taxCodes: item.taxCodes }, policy.taxRates, `billingItems.${index}`);
        const origin = {
          caseId: appointment.caseId,
          clientId: appointment.clientId,
          appointmentId: appointment.appointmentId,
          source: desired,
          serviceDate: appointment.serviceDate,
          ...(appointment.providerMemberId ? { providerMemberId: appointment.providerMemberId } : {}),
          quantity: 1,
          unitPriceMinor: item.unitPriceMinor,
        };
        const chargeId = (share: PayerShare) => deterministicUlid(appointment.appointmentId, appointment.appointmentId, desired, key, String(index), itemId, share.payerId);
        created.push(...openCharges(ctx, item, origin, splitPriced(priced, shares), chargeId, meta));
      });
      for (const charge of created) operations.push((entities) => entities.charge.create(chargeItem(charge) as never).commit());
      const consumed: ActiveEpisode['authorizations'] = [];
      if (desired === 'arrival') {
        for (const payerId of new Set(created.map((charge) => charge.payerId))) {
          const found = authorizationFor(authorizations, payerId, appointment.serviceDate);
          if (!found) continue;
          const amountMinor = created.filter((charge) => charge.payerId === payerId).reduce((sum, charge) => sum + charge.totalMinor, 0);
          const before = remainingVisits(found);
          const next = { ...found, usedVisits: found.usedVisits + 1, usedAmountMinor: found.usedAmountMinor + amountMinor };
          if (crossesThreshold(before, remainingVisits(next), policy.remainingVisitsAlertThreshold)) (next as StoredAuthorization).thresholdAlertAt = now;
          authorizations = authorizations.map((item) => (item.authorizationId === found.authorizationId ? next : item));
          consumed.push({ authorizationId: found.authorizationId, amountMinor });
        }
      }
      nextActive = { kind: desired, key, chargeIds: created.map((charge) => charge.chargeId), authorizations: consumed };
    }

    const billingChanged = JSON.stringify(authorizations) !== JSON.stringify(billing.authorizations) || payers !== billing.payers;
    if (billingChanged) operations.push((entities) => caseBillingOperation(entities, billing, { ...billing, payers, authorizations }));
    const history = [...(state?.history ?? []), ...(active ? [{ kind: active.kind, key: active.key, undoneAt: now }] : [])].slice(-20);
    const nextState = { clinicId: ctx.clinicId, appointmentId: appointment.appointmentId, active: nextActive, history, ...(state ? stampUpdate(ctx, state) : stampNew(ctx)) };
    operations.unshift((entities) =>
      state
        ? entities.appointmentBilling.put(nextState as never).where(({ version }, { eq }) => eq(version, state.version)).commit()
        : entities.appointmentBilling.create(nextState as never).commit(),
    );
    const build = (entities: TransactionEntities) => operations.map((operation) => operation(entities));
    if (newCreditNotes.length === 0) return (await writeTransaction(ctx, build)).written ? 'applied' : 'retry';
    try {
      await allocateInTransaction(
        ctx,
        { name: CREDIT_NOTE_SEQUENCE, count: newCreditNotes.length },
        (first, entities) => {
          firstCreditNoteNumber = first;
          return { item: true, operations: build(entities) };
        },
        () => new StaleRead(),
      );
      return 'applied';
    } catch (error) {
      if (error instanceof StaleRead) return 'retry';
      throw error;
    }
  }

  function caseBillingOperation(entities: TransactionEntities, current: StoredCaseBilling, next: StoredCaseBilling) {
    if (current.version === 0) return entities.caseBilling.create({ ...next, ...stampNew(ctx) } as never).commit();
    return entities.caseBilling
      .put({ ...next, ...stampUpdate(ctx, current) } as never)
      .where(({ version }, { eq }) => eq(version, current.version))
      .commit();
  }

  return {
    async reconcile(appointment: AppointmentForBilling): Promise<ReconcileResult> {
      for (let round = 0; round < ATTEMPTS; round++) {
        const result = await attempt(appointment);
        if (result !== 'retry') return result;
        await pause(Math.random() * 20 * (round + 1));
      }
      throw new Error('Billing of the appointment kept conflicting with other writes.');
    },
  };
}

function sumLines(lines: StoredInvoice['lines']) {
  const taxByCode: Record<string, number> = {};
  let subtotalMinor = 0;
  let totalMinor = 0;
  for (const line of lines) {
    subtotalMinor += line.subtotalMinor;
    totalMinor += line.totalMinor;
    for (const [code, amount] of Object.entries(line.taxByCode)) taxByCode[code] = (taxByCode[code] ?? 0) + amount;
  }
  return { subtotalMinor, taxByCode, taxMinor: totalMinor - subtotalMinor, totalMinor };
}
