/**
 * The charge effects of appointment status changes (SPEC B2, B3, K5) as one decision: given what
 * billing last did for the appointment and what its current status calls for, the plan that makes the
 * difference. Undoing removes uninvoiced charges, takes them off drafts, or credits them on issued
 * invoices, and gives the authorization visit back; doing creates the charges (ids derived from the
 * appointment and the status change, so a repeat writes onto the same ids) and consumes a visit.
 * However often and in whatever order stream records arrive, the plan depends only on current state.
 */
import type { BillingItem, BillingPolicy, Payer } from '../schemas/billing';
import { authorizationFor, type AuthorizationState, crossesThreshold, remainingVisits } from './authorizations';
import type { ChargeRecord, InvoiceRecord, JournalPosting, NewCharge } from './billingRecords';
import { activePayerShares, type ChargeOrigin, openCharges } from './chargeDrafting';
import type { PayerShare } from './coverage';
import { deterministicUlid } from './deterministicId';
import { type BillingEpisodeKind, desiredEpisode } from './episodes';
import { creditInvoice } from './invoiceChanges';
import { sumInvoiceLines } from './invoiceDrafting';
import { priceLine, splitPriced } from './pricing';

/** What billing did for an appointment's current arrival or fee. */
export interface ActiveEpisode {
  kind: BillingEpisodeKind;
  /** The status change it came from (the appointment's statusChangedAt then). */
  key: string;
  chargeIds: string[];
  authorizations: { authorizationId: string; amountMinor: number }[];
}

export interface AppointmentBillingRecord {
  /** null (or absent) when the status calls for nothing. */
  active?: ActiveEpisode | null | undefined;
  history: { kind: BillingEpisodeKind; key: string; undoneAt: string }[];
}

/** Episodes kept in the history (it is for people reading the item, not for the decision). */
const HISTORY_KEPT = 20;

/** An authorization as the reconcile reads and writes it. */
type ConsumableAuthorization = AuthorizationState & { thresholdAlertAt?: string | undefined };

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

type BillingPolicyPart = Pick<BillingPolicy, 'noShowFeeItemId' | 'lateCancelFeeItemId' | 'taxRates' | 'remainingVisitsAlertThreshold'>;

/** The billing items the current status calls for (none when it calls for nothing). */
export function billingItemIdsFor(appointment: AppointmentForBilling, policy: BillingPolicyPart): readonly string[] {
  const desired = desiredEpisode(appointment, policy);
  if (!desired) return [];
  if (desired === 'arrival') return appointment.billingItemIds;
  return [(desired === 'no_show' ? policy.noShowFeeItemId : policy.lateCancelFeeItemId) ?? ''];
}

/** True when what billing did already matches what the status calls for: nothing else needs reading. */
export function isAppointmentBillingCurrent(state: AppointmentBillingRecord | undefined, appointment: AppointmentForBilling, policy: BillingPolicyPart): boolean {
  return (state?.active?.kind ?? undefined) === desiredEpisode(appointment, policy);
}

export interface AppointmentBillingInput<C extends ChargeRecord, I extends InvoiceRecord, A extends ConsumableAuthorization> {
  appointment: AppointmentForBilling;
  policy: BillingPolicyPart;
  state: AppointmentBillingRecord | undefined;
  caseBilling: { payers: readonly Payer[]; authorizations: readonly A[] };
  /** The charges of the active episode, as stored now. */
  activeCharges: readonly C[];
  /** The invoices those charges are on. */
  invoices: readonly I[];
  /** The billing items `billingItemIdsFor` named (missing ones are skipped). */
  items: readonly BillingItem[];
  now: string;
}

export interface AppointmentBillingPlan<C extends ChargeRecord, I extends InvoiceRecord, A extends ConsumableAuthorization> {
  state: AppointmentBillingRecord;
  newCharges: NewCharge[];
  charges: { before: C; next: C }[];
  /** Invoices changed; credit notes listed in `creditNoteIds` still need their numbers (`numberCreditNotes`). */
  invoices: { before: I; next: I }[];
  creditNoteIds: string[];
  journal: JournalPosting[];
  /** The case's payers and authorizations when they changed. */
  caseBilling?: { payers: Payer[]; authorizations: A[] };
}

export function planAppointmentBilling<C extends ChargeRecord, I extends InvoiceRecord, A extends ConsumableAuthorization>(
  input: AppointmentBillingInput<C, I, A>,
): AppointmentBillingPlan<C, I, A> {
  const { appointment, policy, now } = input;
  const active = input.state?.active ?? null;
  const undone = active ? undoEpisode(active, input) : { charges: [], invoices: [], creditNoteIds: [], journal: [], authorizations: [...input.caseBilling.authorizations] };
  const desired = desiredEpisode(appointment, policy);
  const done = desired ? doEpisode(desired, input, undone.authorizations) : undefined;
  const payers = done?.payers ?? [...input.caseBilling.payers];
  const authorizations = done?.authorizations ?? undone.authorizations;
  const billingChanged = JSON.stringify(authorizations) !== JSON.stringify(input.caseBilling.authorizations) || payers.length !== input.caseBilling.payers.length;
  const history = [...(input.state?.history ?? []), ...(active ? [{ kind: active.kind, key: active.key, undoneAt: now }] : [])].slice(-HISTORY_KEPT);
  return {
    state: { active: done?.episode ?? null, history },
    newCharges: done?.charges ?? [],
    charges: undone.charges,
    invoices: undone.invoices,
    creditNoteIds: undone.creditNoteIds,
    journal: undone.journal,
    ...(billingChanged ? { caseBilling: { payers, authorizations } } : {}),
  };
}

function undoEpisode<C extends ChargeRecord, I extends InvoiceRecord, A extends ConsumableAuthorization>(active: ActiveEpisode, input: AppointmentBillingInput<C, I, A>) {
  const invoicesById = new Map(input.invoices.map((invoice) => [invoice.invoiceId, invoice]));
  const touched = new Map<string, { before: I; next: I }>();
  const charges: { before: C; next: C }[] = [];
  const creditNoteIds: string[] = [];
  const journal: JournalPosting[] = [];
  for (const charge of input.activeCharges) {
    if (charge.status === 'open') {
      charges.push({ before: charge, next: { ...charge, status: 'removed' } });
      continue;
    }
    if (charge.status !== 'invoiced' || !charge.invoiceId) continue;
    const before = invoicesById.get(charge.invoiceId);
    if (!before) continue;
    const entry = touched.get(before.invoiceId) ?? { before, next: before };
    if (entry.next.status === 'draft') {
      // A draft loses the line; its totals follow.
      const lines = entry.next.lines.filter((line) => line.chargeId !== charge.chargeId);
      entry.next = { ...entry.next, lines, ...sumInvoiceLines(lines) };
    } else if (entry.next.status === 'issued' || entry.next.status === 'paid') {
      const credit = Math.min(charge.totalMinor, entry.next.totalMinor - entry.next.creditedMinor);
      if (credit > 0) {
        const creditNoteId = deterministicUlid(input.appointment.appointmentId, 'credit', active.key, charge.chargeId);
        const credited = creditInvoice(entry.next, { creditNoteId, creditNoteNumber: 0, amountMinor: credit, reason: 'Visit rolled back', chargeId: charge.chargeId, at: input.now });
        creditNoteIds.push(creditNoteId);
        entry.next = credited.next;
        journal.push({ entry: credited.entry, clientId: before.clientId, caseIds: [before.caseId] });
      }
    }
    touched.set(before.invoiceId, entry);
    if (entry.next.status === 'draft') {
      const next: C = { ...charge, status: 'removed' };
      delete next.invoiceId;
      charges.push({ before: charge, next });
    } else {
      charges.push({ before: charge, next: { ...charge, status: 'credited' } });
    }
  }
  let authorizations = [...input.caseBilling.authorizations];
  for (const used of active.authorizations) {
    authorizations = authorizations.map((item) =>
      item.authorizationId === used.authorizationId ? { ...item, usedVisits: Math.max(0, item.usedVisits - 1), usedAmountMinor: Math.max(0, item.usedAmountMinor - used.amountMinor) } : item,
    );
  }
  return { charges, invoices: [...touched.values()], creditNoteIds, journal, authorizations };
}

function doEpisode<A extends ConsumableAuthorization>(
  desired: BillingEpisodeKind,
  input: AppointmentBillingInput<ChargeRecord, InvoiceRecord, A>,
  authorizationsBefore: A[],
): { episode: ActiveEpisode; charges: NewCharge[]; payers: Payer[]; authorizations: A[] } {
  const { appointment, policy } = input;
  const itemIds = billingItemIdsFor(appointment, policy);
  const byId = new Map(input.items.map((item) => [item.billingItemId, item]));
  let payers = [...input.caseBilling.payers];
  if (activePayerShares(payers).length === 0) {
    // A case with no payer bills the client: the payer is added with the charges.
    payers = [...payers, { payerId: deterministicUlid(appointment.caseId, 'client-payer', appointment.caseId), kind: 'client', name: 'Client', coverage: { kind: 'remainder' }, active: true }];
  }
  const shares = activePayerShares(payers);
  const key = appointment.statusChangedAt;
  const charges: NewCharge[] = [];
  itemIds.forEach((itemId, index) => {
    const item = byId.get(itemId);
    if (!item) return;
    const priced = priceLine({ quantity: 1, unitPriceMinor: item.unitPriceMinor, taxCodes: item.taxCodes }, policy.taxRates, `billingItems.${index}`);
    const origin: ChargeOrigin = {
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
    charges.push(...openCharges(item, origin, splitPriced(priced, shares), chargeId));
  });
  let authorizations = authorizationsBefore;
  const consumed: ActiveEpisode['authorizations'] = [];
  if (desired === 'arrival') {
    for (const payerId of new Set(charges.map((charge) => charge.payerId))) {
      const found = authorizationFor(authorizations, payerId, appointment.serviceDate);
      if (!found) continue;
      const amountMinor = charges.filter((charge) => charge.payerId === payerId).reduce((sum, charge) => sum + charge.totalMinor, 0);
      const next: A = { ...found, usedVisits: found.usedVisits + 1, usedAmountMinor: found.usedAmountMinor + amountMinor };
      if (crossesThreshold(remainingVisits(found), remainingVisits(next), policy.remainingVisitsAlertThreshold)) next.thresholdAlertAt = input.now;
      authorizations = authorizations.map((item) => (item.authorizationId === found.authorizationId ? next : item));
      consumed.push({ authorizationId: found.authorizationId, amountMinor });
    }
  }
  return { episode: { kind: desired, key, chargeIds: charges.map((charge) => charge.chargeId), authorizations: consumed }, charges, payers, authorizations };
}
