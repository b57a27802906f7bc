/**
 * Payer authorizations (SPEC K5): approved visits and/or amount, valid from/to (plain dates, both
 * days included). Arrived visits consume them; rollbacks give them back.
 */
import { Temporal } from 'temporal-polyfill';

export interface AuthorizationState {
  authorizationId: string;
  payerId: string;
  approvedVisits?: number;
  approvedAmountMinor?: number;
  usedVisits: number;
  usedAmountMinor: number;
  validFrom: string;
  validTo: string;
}

/** Valid on `onDate`: validFrom <= onDate <= validTo. */
export function isAuthorizationValidOn(a: AuthorizationState, onDate: string): boolean {
  const day = Temporal.PlainDate.from(onDate);
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(a.validFrom), day) <= 0 && Temporal.PlainDate.compare(day, Temporal.PlainDate.from(a.validTo)) <= 0;
}

/** No visit or no amount left (whichever limits it has). */
export function isAuthorizationExhausted(a: AuthorizationState): boolean {
  if (a.approvedVisits !== undefined && a.usedVisits >= a.approvedVisits) return true;
  if (a.approvedAmountMinor !== undefined && a.usedAmountMinor >= a.approvedAmountMinor) return true;
  return false;
}

/** The authorization an arrival on `onDate` for `payerId` consumes: valid that day, not exhausted, earliest validTo first (then list order). */
export function authorizationFor<A extends AuthorizationState>(auths: readonly A[], payerId: string, onDate: string): A | undefined {
  const candidates = auths.filter((a) => a.payerId === payerId && isAuthorizationValidOn(a, onDate) && !isAuthorizationExhausted(a));
  candidates.sort((a, b) => Temporal.PlainDate.compare(Temporal.PlainDate.from(a.validTo), Temporal.PlainDate.from(b.validTo)));
  return candidates[0];
}

/** Visits left; undefined when the authorization does not limit visits. Never below 0. */
export function remainingVisits(a: AuthorizationState): number | undefined {
  return a.approvedVisits === undefined ? undefined : Math.max(0, a.approvedVisits - a.usedVisits);
}

/**
 * What booking on `onDate` meets: 'ok' (some authorization valid that day has room), 'exhausted' (some
 * are valid that day but all are used up), 'expired' (none is valid that day: ended, or not yet started)
 * or 'none' (no authorization at all for that case).
 */
export function authorizationStanding(auths: readonly AuthorizationState[], onDate: string): 'ok' | 'exhausted' | 'expired' | 'none' {
  if (auths.length === 0) return 'none';
  const valid = auths.filter((a) => isAuthorizationValidOn(a, onDate));
  if (valid.some((a) => !isAuthorizationExhausted(a))) return 'ok';
  return valid.length > 0 ? 'exhausted' : 'expired';
}

/** True when consuming one visit takes remaining from above the threshold to at or below it. */
export function crossesThreshold(before: number | undefined, after: number | undefined, threshold: number): boolean {
  if (before === undefined || after === undefined) return false;
  return before > threshold && after <= threshold;
}
