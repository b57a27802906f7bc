/**
 * The reports computed straight from the raw documents, written independently of the rollup code
 * (local dates through Intl rather than Temporal): what every rollup-based report must equal.
 */
import type { ChargeReportFacts } from '../../src';
import type { World } from './rollupHistory';

/** A charge's report facts as the table records them (R3). */
export type ChargeFactsLookup = (chargeId: string) => ChargeReportFacts | undefined;

type Row = Record<string, number>;
type Table = Map<string, Row>;

function localParts(instant: string, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return { day: `${part('year')}-${part('month')}-${part('day')}`, hour: part('hour') };
}

function add(table: Table, group: string, figures: Row) {
  const row = table.get(group) ?? {};
  for (const [name, value] of Object.entries(figures)) row[name] = (row[name] ?? 0) + value;
  table.set(group, row);
}

export function bruteAttendance(world: World, timeZone: string, groupBy: 'day' | 'hour' | 'calendar'): Table {
  const table: Table = new Map();
  for (const a of world.appointments.values()) {
    const { day, hour } = localParts(a.start, timeZone);
    const group = groupBy === 'day' ? day : groupBy === 'hour' ? hour : a.calendarId;
    const holdsTime = ['booked', 'confirmed', 'arrived', 'paid', 'no_show'].includes(a.status);
    add(table, group, {
      visits: a.status === 'rebooked' ? 0 : 1,
      noShows: a.status === 'no_show' ? 1 : 0,
      cancellations: a.status === 'canceled' ? 1 : 0,
      lateCancellations: a.status === 'canceled' && a.cancellation?.late ? 1 : 0,
      bookedMinutes: holdsTime ? (Date.parse(a.end) - Date.parse(a.start)) / 60_000 : 0,
    });
  }
  return table;
}

type RevenueGrouping = 'day' | 'method' | 'provider' | 'location' | 'session' | 'referralSource' | 'payerKind' | 'code' | 'source';

/** Revenue rows; a document whose kind does not carry the grouping (a payment by location) is left out. */
export function bruteRevenue(world: World, timeZone: string, groupBy: RevenueGrouping, chargeFacts: ChargeFactsLookup, onlyProvider?: string): Table {
  const table: Table = new Map();
  const use = (day: string, groups: Partial<Record<RevenueGrouping, string>>, figures: Row) => {
    const group = groupBy === 'day' ? day : groups[groupBy];
    if (group !== undefined) add(table, group, figures);
  };
  for (const [chargeId, c] of world.charges) {
    if (c.status === 'removed') continue;
    if (onlyProvider !== undefined && c.providerMemberId !== onlyProvider) continue;
    const facts = chargeFacts(chargeId);
    if (!facts) throw new Error(`No report facts for charge ${chargeId}`);
    use(c.serviceDate, { provider: c.providerMemberId ?? '', location: facts.locationId, session: facts.sessionId, referralSource: facts.referralSource, payerKind: facts.payerKind, code: c.code, source: c.source }, { chargedMinor: c.totalMinor });
  }
  for (const i of world.invoices.values()) {
    if ((i.status === 'issued' || i.status === 'paid') && i.issuedOn) use(i.issuedOn, { payerKind: i.payerKind ?? '' }, { invoicedMinor: i.totalMinor });
    for (const note of i.creditNotes) use(localParts(note.at, timeZone).day, { payerKind: i.payerKind ?? '' }, { writtenOffMinor: note.amountMinor });
  }
  for (const p of world.payments.values()) {
    use(p.receivedOn, { method: p.method }, { receivedMinor: p.amountMinor });
    for (const refund of p.refunds) use(localParts(refund.at, timeZone).day, { method: p.method }, { refundedMinor: refund.amountMinor });
  }
  return table;
}

export function bruteOutstanding(world: World): number {
  let sum = 0;
  for (const i of world.invoices.values()) if ((i.status === 'issued' || i.status === 'paid') && i.issuedOn) sum += i.totalMinor - i.paidMinor - i.creditedMinor;
  return sum;
}

/** R4 straight from the cases, their appointments and their billing: rows by group, and the near-exhaustion keys. */
export function bruteCases(world: World, timeZone: string, from: string, to: string, groupBy: 'total' | 'caseType' | 'referralSource' | 'payerKind') {
  const table: Table = new Map();
  const attended = (caseId: string) => [...world.appointments.values()].filter((a) => a.caseId === caseId && (a.status === 'arrived' || a.status === 'paid')).length;
  const groupOfCase = (caseId: string) => {
    const found = world.cases.get(caseId);
    if (groupBy === 'caseType') return found?.caseType ?? '';
    if (groupBy === 'referralSource') return found ? (found.referralSource?.kind ?? 'none') : '';
    return 'total';
  };
  if (groupBy !== 'payerKind') {
    for (const found of world.cases.values()) {
      if (found.intakeDate > to) continue;
      const group = groupOfCase(found.caseId);
      const intake = found.intakeDate >= from;
      const endedDay = localParts(found.statusChangedAt, timeZone).day;
      const discharged = found.status === 'discharged' && endedDay >= from && endedDay <= to;
      add(table, group, {
        openCases: found.status === 'open' ? 1 : 0,
        intakes: intake ? 1 : 0,
        converted: intake && attended(found.caseId) > 0 ? 1 : 0,
        discharged: discharged ? 1 : 0,
        dischargedVisits: discharged ? attended(found.caseId) : 0,
      });
    }
  }
  const near = new Set<string>();
  for (const billing of world.caseBillings.values()) {
    for (const authorization of billing.authorizations) {
      if (authorization.validTo < from) continue;
      const kind = billing.payers.find((payer) => payer.payerId === authorization.payerId)?.kind ?? '';
      const group = groupBy === 'payerKind' ? kind : groupOfCase(billing.caseId);
      const visits = authorization.approvedVisits !== undefined;
      const isNear = visits && (Boolean(authorization.thresholdAlertAt) || authorization.usedVisits >= authorization.approvedVisits!);
      add(table, group, { authorizations: 1, authorizedVisits: authorization.approvedVisits ?? 0, usedVisits: visits ? authorization.usedVisits : 0, nearExhaustion: isNear ? 1 : 0 });
      if (isNear) near.add(`${billing.caseId}#${kind}`);
    }
  }
  return { table, near };
}
