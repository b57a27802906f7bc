/**
 * Random histories of a small clinic for the rollup property test: each step changes the raw
 * documents and yields the stream record it would cause (old image, new image), as DynamoDB would.
 */
import fc from 'fast-check';
import type { AppointmentFacts, CaseBillingFacts, CaseFacts, ChargeFacts, ChargeReportFacts, InvoiceFacts, PaymentFacts, RollupSource } from '../../src';

export const TIME_ZONE = 'America/Toronto';
/** Four weeks from Monday 2026-10-19: across the month's end and the 2026-11-01 fall-back. */
const FIRST_DAY_MS = Date.parse('2026-10-19T04:00:00.000Z');
const DAY_MS = 86_400_000;
const CALENDARS = ['cal-a', 'cal-b'];
/** Each calendar's location (the report's calendar directory is built from this too). */
export const CALENDAR_LOCATIONS: Record<string, string> = { 'cal-a': 'loc-1', 'cal-b': 'loc-2' };
const SESSIONS = ['ses-a', 'ses-b'];
const PAYERS = ['payer-a', 'payer-b'];
const METHODS = ['cash', 'card'];
/** Case ids are fixed, so appointments can name a case that is created later (or never). */
const CASES = ['case-1', 'case-2', 'case-3', 'case-4'];
const CASE_TYPES = ['private', 'workers_compensation'];
const CASE_STATES: CaseFacts['status'][] = ['open', 'on_hold', 'discharged', 'closed'];
const REFERRALS = ['physician', 'self', undefined];
const PAYER_KINDS = ['insurer', 'client'];
const STATUSES: AppointmentFacts['status'][] = ['booked', 'confirmed', 'arrived', 'paid', 'no_show', 'canceled'];
const CHARGE_STATUSES: ChargeFacts['status'][] = ['open', 'invoiced', 'removed', 'credited'];

export interface World {
  appointments: Map<string, AppointmentFacts>;
  charges: Map<string, ChargeFacts>;
  invoices: Map<string, InvoiceFacts>;
  payments: Map<string, PaymentFacts>;
  cases: Map<string, CaseFacts>;
  caseBillings: Map<string, CaseBillingFacts>;
  /**
   * Where each charge reports (R3) as its appointment, case and payer stood when it was created,
   * worked out here independently of core: what rollups applied as records come must count it under.
   */
  chargeFactsAtCreation: Map<string, ChargeReportFacts>;
}

export interface StreamRecord {
  recordId: string;
  before: RollupSource | undefined;
  after: RollupSource | undefined;
}

/** One step, as numbers the interpreter reads modulo what exists (so every step applies to any world). */
export type Step = { kind: number; pick: number; day: number; slot: number; amount: number; flag: boolean };

export const stepArbitrary: fc.Arbitrary<Step> = fc.record({
  kind: fc.nat(15),
  pick: fc.nat(1000),
  day: fc.nat(27),
  slot: fc.nat(95),
  amount: fc.integer({ min: 1, max: 20_000 }),
  flag: fc.boolean(),
});

export function emptyWorld(): World {
  return { appointments: new Map(), charges: new Map(), invoices: new Map(), payments: new Map(), cases: new Map(), caseBillings: new Map(), chargeFactsAtCreation: new Map() };
}

const instant = (day: number, slot: number) => new Date(FIRST_DAY_MS + day * DAY_MS + slot * 15 * 60_000).toISOString();
const localDay = (day: number) => new Date(FIRST_DAY_MS + day * DAY_MS).toISOString().slice(0, 10);
const pickFrom = <T>(items: T[], pick: number): T | undefined => (items.length === 0 ? undefined : items[pick % items.length]);

type Kind = RollupSource['entity'];
const MAPS = { appointment: 'appointments', charge: 'charges', invoice: 'invoices', payment: 'payments', caseFile: 'cases', caseBilling: 'caseBillings' } as const;

/** Applies one step to the world and returns the stream records it causes (none when it does not apply). */
export function takeStep(world: World, step: Step, nextId: () => string): StreamRecord[] {
  const records: StreamRecord[] = [];
  const put = (entity: Kind, id: string, next: RollupSource['item'] | undefined) => {
    const map = world[MAPS[entity]] as Map<string, RollupSource['item']>;
    const previous = map.get(id);
    if (next) map.set(id, structuredClone(next));
    else map.delete(id);
    const wrap = (item: RollupSource['item'] | undefined) => (item ? ({ entity, item: structuredClone(item) } as RollupSource) : undefined);
    records.push({ recordId: nextId(), before: wrap(previous), after: wrap(next) });
  };
  const entries = <T>(map: Map<string, T>) => [...map.entries()];
  const { pick, day, slot, amount, flag } = step;
  switch (step.kind) {
    case 0: {
      const start = instant(day, slot);
      const end = new Date(Date.parse(start) + (flag ? 30 : 45) * 60_000).toISOString();
      const appointmentId = nextId();
      put('appointment', appointmentId, { appointmentId, start, end, status: 'booked', calendarId: CALENDARS[pick % 2]!, sessionId: SESSIONS[slot % 2]!, caseId: CASES[amount % CASES.length]! });
      break;
    }
    case 1: {
      // A move: the old appointment becomes rebooked, its replacement is a new one.
      const found = pickFrom(entries(world.appointments).filter(([, a]) => a.status === 'booked' || a.status === 'confirmed'), pick);
      if (!found) break;
      const [id, old] = found;
      put('appointment', id, { ...old, status: 'rebooked' });
      const start = instant(day, slot);
      const appointmentId = nextId();
      put('appointment', appointmentId, { ...old, appointmentId, start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString(), calendarId: CALENDARS[slot % 2]! });
      break;
    }
    case 2: {
      const found = pickFrom(entries(world.appointments), pick);
      if (!found) break;
      const status = STATUSES[amount % STATUSES.length]!;
      put('appointment', found[0], { ...found[1], status, cancellation: status === 'canceled' ? { late: flag } : undefined });
      break;
    }
    case 3: {
      // A charge of an appointment (most), or of a case alone; billed to one of its case's payers when it has some.
      const [appointmentId, appointment] = slot % 3 === 0 ? [] : (pickFrom(entries(world.appointments), pick) ?? []);
      const caseId = appointment?.caseId ?? CASES[amount % CASES.length]!;
      const casePayers = world.caseBillings.get(caseId)?.payers ?? [];
      const payerId = casePayers.length > 0 && pick % 3 !== 0 ? casePayers[pick % casePayers.length]!.payerId : PAYERS[pick % 2]!;
      const chargeId = nextId();
      const caseFile = world.cases.get(caseId);
      world.chargeFactsAtCreation.set(chargeId, {
        locationId: appointment ? CALENDAR_LOCATIONS[appointment.calendarId]! : '',
        sessionId: appointment ? appointment.sessionId : '',
        referralSource: caseFile ? (caseFile.referralSource?.kind ?? 'none') : '',
        payerKind: casePayers.find((payer) => payer.payerId === payerId)?.kind ?? '',
      });
      put('charge', chargeId, {
        chargeId,
        caseId,
        appointmentId,
        serviceDate: localDay(day),
        status: 'open',
        source: flag ? 'arrival' : 'no_show',
        code: `code-${slot % 3}`,
        payerId,
        providerMemberId: slot % 4 === 0 ? undefined : `member-${pick % 3}`,
        totalMinor: amount,
      });
      break;
    }
    case 4: {
      const found = pickFrom(entries(world.charges), pick);
      if (found) put('charge', found[0], { ...found[1], status: CHARGE_STATUSES[amount % 4]!, totalMinor: flag ? found[1].totalMinor : amount });
      break;
    }
    case 5:
      put('invoice', nextId(), { status: 'draft', payerKind: PAYER_KINDS[pick % 2]!, totalMinor: amount, paidMinor: 0, creditedMinor: 0, creditNotes: [] });
      break;
    case 6: {
      const found = pickFrom(entries(world.invoices).filter(([, i]) => i.status === 'draft'), pick);
      if (found) put('invoice', found[0], { ...found[1], status: 'issued', issuedOn: localDay(day) });
      break;
    }
    case 7: {
      // A payment allocated to an issued invoice.
      const found = pickFrom(entries(world.invoices).filter(([, i]) => i.status === 'issued'), pick);
      if (!found) break;
      const [id, invoice] = found;
      const outstanding = invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor;
      const paid = Math.min(outstanding, amount);
      put('invoice', id, { ...invoice, paidMinor: invoice.paidMinor + paid, status: paid === outstanding ? 'paid' : 'issued' });
      put('payment', nextId(), { receivedOn: localDay(day), method: METHODS[slot % 2]!, amountMinor: paid, refunds: [] });
      break;
    }
    case 8: {
      const found = pickFrom(entries(world.invoices).filter(([, i]) => i.status === 'issued'), pick);
      if (!found) break;
      const [id, invoice] = found;
      const credit = Math.min(invoice.totalMinor - invoice.paidMinor - invoice.creditedMinor, amount);
      if (credit <= 0) break;
      put('invoice', id, { ...invoice, creditedMinor: invoice.creditedMinor + credit, creditNotes: [...invoice.creditNotes, { amountMinor: credit, at: instant(day, slot) }] });
      break;
    }
    case 9: {
      const found = pickFrom(entries(world.invoices).filter(([, i]) => i.status !== 'void'), pick);
      if (found) put('invoice', found[0], { ...found[1], status: 'void' });
      break;
    }
    case 10: {
      const found = pickFrom(entries(world.payments), pick);
      if (!found) break;
      const [id, payment] = found;
      const left = payment.amountMinor - payment.refunds.reduce((sum, refund) => sum + refund.amountMinor, 0);
      if (left <= 0) break;
      put('payment', id, { ...payment, refunds: [...payment.refunds, { amountMinor: Math.min(left, amount), at: instant(day, slot) }] });
      break;
    }
    case 11: {
      // An item removed from the table (a REMOVE record with only an old image).
      const kinds: Kind[] = ['appointment', 'charge', 'invoice', 'payment', 'caseFile', 'caseBilling'];
      const entity = kinds[slot % kinds.length]!;
      const found = pickFrom([...world[MAPS[entity]].keys()], pick);
      if (found) put(entity, found, undefined);
      break;
    }
    case 12: {
      // A case created, or an existing one changed (status, type, referral) at some instant.
      const caseId = CASES[pick % CASES.length]!;
      const current = world.cases.get(caseId);
      put('caseFile', caseId, {
        caseId,
        caseLabel: `C-${caseId}`,
        caseType: current && flag ? current.caseType : CASE_TYPES[slot % 2]!,
        status: current ? CASE_STATES[amount % CASE_STATES.length]! : 'open',
        intakeDate: current?.intakeDate ?? localDay(day),
        statusChangedAt: instant(day, slot),
        referralSource: current && flag ? current.referralSource : REFERRALS[amount % 3] ? { kind: REFERRALS[amount % 3]! } : undefined,
      });
      break;
    }
    case 13: {
      // A payer (kind) added to a case's billing, or an authorization added.
      const caseId = CASES[pick % CASES.length]!;
      const billing = world.caseBillings.get(caseId) ?? { caseId, payers: [], authorizations: [] };
      if (flag || billing.payers.length === 0) {
        put('caseBilling', caseId, { ...billing, payers: [...billing.payers, { payerId: `${caseId}-payer-${billing.payers.length}`, kind: PAYER_KINDS[slot % 2]! }] });
      } else {
        const payer = billing.payers[slot % billing.payers.length]!;
        const approvedVisits = amount % 5 === 0 ? undefined : 1 + (amount % 12);
        put('caseBilling', caseId, { ...billing, authorizations: [...billing.authorizations, { payerId: payer.payerId, approvedVisits, usedVisits: 0, validTo: localDay(day) }] });
      }
      break;
    }
    case 14: {
      // An arrival uses an authorized visit; the threshold alert may fire.
      const found = pickFrom(entries(world.caseBillings).filter(([, b]) => b.authorizations.length > 0), pick);
      if (!found) break;
      const [caseId, billing] = found;
      const index = slot % billing.authorizations.length;
      const authorizations = billing.authorizations.map((a, at) => (at === index ? { ...a, usedVisits: a.usedVisits + 1, thresholdAlertAt: flag ? instant(day, slot) : a.thresholdAlertAt } : a));
      put('caseBilling', caseId, { ...billing, authorizations });
      break;
    }
    default: {
      // A change that touches no reported field (notes, reminders): same contributions.
      const found = pickFrom(entries(world.appointments), pick);
      if (found) put('appointment', found[0], { ...found[1] });
    }
  }
  return records;
}
