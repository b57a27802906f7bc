import { ConflictError, ValidationError } from './errors';

export const CASE_STATUSES = ['open', 'on_hold', 'discharged', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Which status a case file may move to from each status. Discharged and closed cases can be reopened. */
export const CASE_STATUS_TRANSITIONS: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  open: ['on_hold', 'discharged', 'closed'],
  on_hold: ['open', 'discharged', 'closed'],
  discharged: ['open', 'closed'],
  closed: ['open'],
};

export function canChangeCaseStatus(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_STATUS_TRANSITIONS[from].includes(to);
}

export interface CaseStatusChange {
  status: CaseStatus;
  closingReason: string | undefined;
}

/**
 * Decides a requested status change. Closing requires a reason; leaving `closed` clears it.
 * Returns undefined when the request does not change the status.
 */
export function decideCaseStatusChange(
  current: CaseStatus,
  requested: CaseStatus | undefined,
  closingReason: string | undefined,
): CaseStatusChange | undefined {
  if (requested === undefined || requested === current) {
    if (closingReason !== undefined && current !== 'closed' && requested !== 'closed') {
      throw new ValidationError('A closing reason belongs only to a closed case.', [
        { path: 'closingReason', message: 'Only allowed when status is closed.' },
      ]);
    }
    if (requested === 'closed' && closingReason !== undefined) return { status: 'closed', closingReason };
    return undefined;
  }
  if (!canChangeCaseStatus(current, requested)) {
    throw new ConflictError(`A case cannot go from ${current} to ${requested}.`, 'invalid_transition', {
      from: current,
      to: requested,
    });
  }
  if (requested === 'closed') {
    if (!closingReason) {
      throw new ValidationError('Closing a case needs a reason.', [
        { path: 'closingReason', message: 'Required when status is closed.' },
      ]);
    }
    return { status: 'closed', closingReason };
  }
  if (closingReason !== undefined) {
    throw new ValidationError('A closing reason belongs only to a closed case.', [
      { path: 'closingReason', message: 'Only allowed when status is closed.' },
    ]);
  }
  return { status: requested, closingReason: undefined };
}

export function formatCaseLabel(prefix: string, caseNumber: number): string {
  return `${prefix}${String(caseNumber).padStart(6, '0')}`;
}
