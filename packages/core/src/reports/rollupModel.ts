/**
 * The shape of report rollups: counters kept per clinic-local day and group. A stream consumer adds
 * the difference each change makes; reports sum buckets over a period, so a year costs days x groups
 * reads whatever the number of appointments or charges.
 *
 * No dimension of a period family names one case, client or payer: each takes its values from a
 * small set (calendars, sessions, hours, providers, kinds, codes). Where a report groups by more
 * dimensions than one bucket can keep without multiplying them, a document is kept in several views
 * (visits and visitHours; charges, chargeProviders, chargePayers and chargeCodes, and by provider
 * for a provider's own figures), and a report reads the one view that keeps its grouping (viewFor in
 * reportGroups.ts). Every view of a document sums to the same totals.
 */
export const ROLLUP_FAMILIES = [
  'visits',
  'visitHours',
  'charges',
  'chargeProviders',
  'chargePayers',
  'chargeCodes',
  'providerCharges',
  'providerChargePayers',
  'providerChargeCodes',
  'invoices',
  'receivables',
  'writeOffs',
  'payments',
  'refunds',
  'cases',
  'caseVisits',
  'authorizations',
] as const;
export type RollupFamily = (typeof ROLLUP_FAMILIES)[number];

/** Every counter any family keeps (a bucket stores only its family's). */
export const ROLLUP_COUNTERS = [
  'visits',
  'booked',
  'confirmed',
  'arrived',
  'paid',
  'noShow',
  'canceled',
  'lateCanceled',
  'rebooked',
  'bookedMinutes',
  'charges',
  'chargedMinor',
  'invoices',
  'invoicedMinor',
  'outstandingMinor',
  'writtenOffMinor',
  'receivedMinor',
  'refundedMinor',
  'cases',
  'attended',
  'authorizations',
  'authorizedVisits',
  'usedVisits',
  'nearExhaustion',
] as const;
export type RollupCounter = (typeof ROLLUP_COUNTERS)[number];
export type RollupCounters = Partial<Record<RollupCounter, number>>;

/** The group dimensions each family is kept by (values are ids or small enums; '' when absent). */
export const ROLLUP_DIMENSIONS = {
  /** Visits by calendar (so provider and location) and session: utilization and attendance. */
  visits: ['calendarId', 'sessionId'],
  /** The same visits by calendar and local hour of their start: attendance by hour of day. */
  visitHours: ['calendarId', 'hour'],
  /**
   * A charge in four views the clinic's reports read, none crossed with another grouping's
   * dimension. Location, session, referral source and payer kind are the charge's recorded report
   * facts (chargeReportFacts.ts).
   */
  charges: ['locationId', 'sessionId'],
  chargeProviders: ['providerMemberId'],
  chargePayers: ['payerKind', 'referralSource'],
  chargeCodes: ['code', 'source'],
  /** The same views by provider, for a provider's own figures (only a provider's reports read them). */
  providerCharges: ['providerMemberId', 'locationId', 'sessionId'],
  providerChargePayers: ['providerMemberId', 'payerKind', 'referralSource'],
  providerChargeCodes: ['providerMemberId', 'code', 'source'],
  /** Invoices by the kind of their payer, as the invoice recorded it when drafted. */
  invoices: ['payerKind'],
  receivables: ['payerKind'],
  writeOffs: ['payerKind'],
  payments: ['method'],
  refunds: ['method'],
  /** One bucket per case and state (R4): a case's state lives in its dimensions, so a status change moves its count. */
  cases: ['caseId', 'caseType', 'status', 'referralKind', 'closedOn', 'caseLabel'],
  /** One bucket per case, on CASE_LINE_DAY: its attended visits. */
  caseVisits: ['caseId'],
  /** Per case and payer kind, on the authorization's last valid day. */
  authorizations: ['caseId', 'payerKind'],
} as const satisfies Record<RollupFamily, readonly string[]>;
export type RollupDimension = (typeof ROLLUP_DIMENSIONS)[RollupFamily][number];

/**
 * The day a per-case bucket is kept on when it belongs to no day (a case's attended visits): the
 * cases report reads it whole, so its cost grows with cases, not with appointments.
 */
export const CASE_LINE_DAY = '0001-01-01';

/** One bucket's counters: a family, a clinic-local day and the values of the family's dimensions. */
export interface RollupBucket {
  family: RollupFamily;
  day: string;
  dims: Record<string, string>;
  counters: RollupCounters;
}

/** A bucket's identity within a clinic: family, day and dimension values, in the family's order. */
export function bucketKey(bucket: Pick<RollupBucket, 'family' | 'day' | 'dims'>): string {
  const dims = ROLLUP_DIMENSIONS[bucket.family].map((name) => bucket.dims[name] ?? '');
  return [bucket.family, bucket.day, ...dims].join('#');
}

/** The part of a bucket key after family and day (the sort key's group part). */
export function groupKey(bucket: Pick<RollupBucket, 'family' | 'dims'>): string {
  return ROLLUP_DIMENSIONS[bucket.family].map((name) => bucket.dims[name] ?? '').join('#');
}

/** Adds `counters` into `into`, dropping counters that come to zero. */
export function addCounters(into: RollupCounters, counters: RollupCounters, sign = 1): RollupCounters {
  for (const [name, value] of Object.entries(counters) as [RollupCounter, number][]) {
    const sum = (into[name] ?? 0) + sign * value;
    if (sum === 0) delete into[name];
    else into[name] = sum;
  }
  return into;
}

export function isZero(counters: RollupCounters): boolean {
  return Object.values(counters).every((value) => value === 0);
}

/** Sums buckets by key, dropping those that come to all zeros. */
export function mergeBuckets(buckets: Iterable<RollupBucket>, sign = 1): Map<string, RollupBucket> {
  const merged = new Map<string, RollupBucket>();
  for (const bucket of buckets) {
    const key = bucketKey(bucket);
    const current = merged.get(key) ?? { family: bucket.family, day: bucket.day, dims: { ...bucket.dims }, counters: {} };
    addCounters(current.counters, bucket.counters, sign);
    merged.set(key, current);
  }
  for (const [key, bucket] of merged) if (isZero(bucket.counters)) merged.delete(key);
  return merged;
}
