/**
 * The status changes a case file offers, as the API's case rules allow them (open, on hold,
 * discharged, closed; closed only with a reason; discharged and closed can be reopened).
 */
import type { Schemas } from '../api/client';

type CaseStatus = Schemas['CaseStatus'];

export const CASE_STATUS_LABEL: Record<CaseStatus, string> = { open: 'Open', on_hold: 'On hold', discharged: 'Discharged', closed: 'Closed' };

const ACTION_LABEL: Record<CaseStatus, string> = { open: 'Reopen', on_hold: 'Put on hold', discharged: 'Discharge', closed: 'Close case' };

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  open: ['on_hold', 'discharged', 'closed'],
  on_hold: ['open', 'discharged', 'closed'],
  discharged: ['open', 'closed'],
  closed: ['open'],
};

export function caseStatusActions(status: CaseStatus): { to: CaseStatus; label: string; needsReason: boolean }[] {
  return NEXT[status].map((to) => ({ to, label: to === 'open' && status === 'on_hold' ? 'Resume' : ACTION_LABEL[to], needsReason: to === 'closed' }));
}

/** The PATCH body of a change; closing without a reason is refused here before the API sees it. */
export function caseStatusBody(to: CaseStatus, reason: string): Schemas['UpdateCase'] | { error: string } {
  if (to !== 'closed') return { status: to };
  const closingReason = reason.trim();
  if (!closingReason) return { error: 'Say why the case is closed.' };
  return { status: to, closingReason };
}

/** Whether new appointments can be booked on a case in this status. */
export function isBookableCase(status: CaseStatus): boolean {
  return status === 'open' || status === 'on_hold';
}
