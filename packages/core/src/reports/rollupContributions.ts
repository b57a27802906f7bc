/**
 * What one source document contributes to the rollups, and so the definition of every figure the
 * reports show. A change contributes the difference between its new and old document (rollupDelta).
 */
import { localDayOf, localHourOf, minutesBetween } from './localCalendar';
import { CASE_LINE_DAY, type RollupBucket, type RollupCounter, type RollupCounters } from './rollupModel';
import type { AppointmentFacts, CaseBillingFacts, CaseFacts, ChargeFacts, InvoiceFacts, PaymentFacts, RollupSource } from './rollupSources';

const STATUS_COUNTERS = {
  booked: 'booked',
  confirmed: 'confirmed',
  arrived: 'arrived',
  paid: 'paid',
  no_show: 'noShow',
  canceled: 'canceled',
  rebooked: 'rebooked',
} as const satisfies Record<AppointmentFacts['status'], RollupCounter>;

/** Statuses whose time was held on the calendar (a no-show's slot was booked and lost). */
const TIME_HOLDING = new Set<AppointmentFacts['status']>(['booked', 'confirmed', 'arrived', 'paid', 'no_show']);
/** Charge statuses that were charged (a credited charge was charged, then written off by a credit note). */
const CHARGED = new Set<ChargeFacts['status']>(['open', 'invoiced', 'credited']);

export function appointmentContributions(item: AppointmentFacts, timeZone: string): RollupBucket[] {
  const counters: RollupCounters = { [STATUS_COUNTERS[item.status]]: 1 };
  // A rebooked appointment lives on as its replacement: it is not a visit of its own.
  if (item.status !== 'rebooked') counters.visits = 1;
  if (item.status === 'canceled' && item.cancellation?.late) counters.lateCanceled = 1;
  if (TIME_HOLDING.has(item.status)) counters.bookedMinutes = minutesBetween(item.start, item.end);
  const day = localDayOf(item.start, timeZone);
  const hour = String(localHourOf(item.start, timeZone)).padStart(2, '0');
  const buckets: RollupBucket[] = [
    { family: 'visits', day, dims: { calendarId: item.calendarId, sessionId: item.sessionId }, counters },
    { family: 'visitHours', day, dims: { calendarId: item.calendarId, hour }, counters: { ...counters } },
  ];
  if (item.caseId && ATTENDED.has(item.status)) buckets.push({ family: 'caseVisits', day: CASE_LINE_DAY, dims: { caseId: item.caseId }, counters: { attended: 1 } });
  return buckets;
}

/** Statuses of a visit that took place (the client came). */
const ATTENDED = new Set<AppointmentFacts['status']>(['arrived', 'paid']);
const ENDED = new Set<CaseFacts['status']>(['discharged', 'closed']);

/** A case counts once, in the bucket of its current type, status, referral kind and (ended cases) local day it ended. */
export function caseContributions(item: CaseFacts, timeZone: string): RollupBucket[] {
  const dims = {
    caseId: item.caseId,
    caseType: item.caseType,
    status: item.status,
    referralKind: item.referralSource?.kind ?? 'none',
    closedOn: ENDED.has(item.status) ? localDayOf(item.statusChangedAt, timeZone) : '',
    caseLabel: item.caseLabel,
  };
  return [{ family: 'cases', day: item.intakeDate, dims, counters: { cases: 1 } }];
}

/**
 * Each authorization counts under its payer's kind on its last valid day. Visits count only for
 * authorizations that approve visits; near exhaustion = the clinic's threshold alert fired, or none left.
 */
export function caseBillingContributions(item: CaseBillingFacts): RollupBucket[] {
  const kindOf = new Map(item.payers.map((payer) => [payer.payerId, payer.kind]));
  return item.authorizations.map((authorization) => {
    const counters: RollupCounters = { authorizations: 1 };
    if (authorization.approvedVisits !== undefined) {
      counters.authorizedVisits = authorization.approvedVisits;
      counters.usedVisits = authorization.usedVisits;
      if (authorization.thresholdAlertAt || authorization.usedVisits >= authorization.approvedVisits) counters.nearExhaustion = 1;
    }
    return { family: 'authorizations', day: authorization.validTo, dims: { caseId: item.caseId, payerKind: kindOf.get(authorization.payerId) ?? '' }, counters };
  });
}

export function chargeContributions(item: ChargeFacts): RollupBucket[] {
  if (!CHARGED.has(item.status)) return [];
  const facts = item.reportFacts;
  const providerMemberId = item.providerMemberId ?? '';
  const day = item.serviceDate;
  const counters = () => ({ charges: 1, chargedMinor: item.totalMinor });
  const where = { locationId: facts?.locationId ?? '', sessionId: facts?.sessionId ?? '' };
  const payer = { payerKind: facts?.payerKind ?? '', referralSource: facts?.referralSource ?? '' };
  const code = { code: item.code, source: item.source };
  const buckets: RollupBucket[] = [
    { family: 'charges', day, dims: where, counters: counters() },
    { family: 'chargeProviders', day, dims: { providerMemberId }, counters: counters() },
    { family: 'chargePayers', day, dims: payer, counters: counters() },
    { family: 'chargeCodes', day, dims: code, counters: counters() },
  ];
  // A charge of no provider is nobody's own figure.
  if (!providerMemberId) return buckets;
  return [
    ...buckets,
    { family: 'providerCharges', day, dims: { providerMemberId, ...where }, counters: counters() },
    { family: 'providerChargePayers', day, dims: { providerMemberId, ...payer }, counters: counters() },
    { family: 'providerChargeCodes', day, dims: { providerMemberId, ...code }, counters: counters() },
  ];
}

export function invoiceContributions(item: InvoiceFacts, timeZone: string): RollupBucket[] {
  // Invoices drafted before they recorded their payer's kind count under ''.
  const dims = { payerKind: item.payerKind ?? '' };
  const buckets: RollupBucket[] = item.creditNotes.map((note) => ({
    family: 'writeOffs',
    day: localDayOf(note.at, timeZone),
    dims,
    counters: { writtenOffMinor: note.amountMinor },
  }));
  // Drafts are not yet invoiced; a voided invoice no longer is.
  if (!item.issuedOn || (item.status !== 'issued' && item.status !== 'paid')) return buckets;
  buckets.push({ family: 'invoices', day: item.issuedOn, dims, counters: { invoices: 1, invoicedMinor: item.totalMinor } });
  const outstanding = item.totalMinor - item.paidMinor - item.creditedMinor;
  if (outstanding !== 0) buckets.push({ family: 'receivables', day: item.issuedOn, dims, counters: { outstandingMinor: outstanding } });
  return buckets;
}

export function paymentContributions(item: PaymentFacts, timeZone: string): RollupBucket[] {
  const dims = { method: item.method };
  const buckets: RollupBucket[] = [{ family: 'payments', day: item.receivedOn, dims, counters: { receivedMinor: item.amountMinor } }];
  for (const refund of item.refunds) {
    buckets.push({ family: 'refunds', day: localDayOf(refund.at, timeZone), dims, counters: { refundedMinor: refund.amountMinor } });
  }
  return buckets;
}

export function contributionsOf(source: RollupSource, timeZone: string): RollupBucket[] {
  switch (source.entity) {
    case 'appointment':
      return appointmentContributions(source.item, timeZone);
    case 'charge':
      return chargeContributions(source.item);
    case 'invoice':
      return invoiceContributions(source.item, timeZone);
    case 'payment':
      return paymentContributions(source.item, timeZone);
    case 'caseFile':
      return caseContributions(source.item, timeZone);
    case 'caseBilling':
      return caseBillingContributions(source.item);
  }
}
