/**
 * What planning a case's recalls again changes (pure): the recalls the plan wants are created once,
 * an unsent one whose rule now gives another due time is re-dated, a booking or a newer attended
 * visit satisfies an open one, and an unsent one no rule asks for any more (its rule disabled,
 * removed or no longer matching) is withdrawn. Sent and dismissed recalls are left as they are.
 */
import { ATTENDED_RECALL_VISIT_STATUSES, type PlannedRecall, type RecallPlan, type RecallVisit } from './planning';
import { OPEN_RECALL_STATUSES, type RecallStatus } from './schemas';

/** A stored recall as reconciling needs it. */
export interface KnownRecall {
  recallId: string;
  ruleId: string;
  anchorAt: string;
  dueAt: string;
  status: RecallStatus;
  dismissed: boolean;
}

/** Recalls never sent: what re-dating and withdrawing may touch. */
export const PENDING_RECALL_STATUSES: readonly RecallStatus[] = ['upcoming', 'due'];

export interface RecallChanges {
  create: PlannedRecall[];
  redate: { recallId: string; dueAt: string }[];
  satisfy: { recallId: string; status: RecallStatus }[];
  withdraw: { recallId: string; status: RecallStatus }[];
}

export function reconcileRecalls(existing: readonly KnownRecall[], plan: RecallPlan, visits: readonly RecallVisit[], now: string): RecallChanges {
  const planned = new Map(plan.recalls.map((recall) => [recall.recallId, recall]));
  const changes: RecallChanges = { create: [], redate: [], satisfy: [], withdraw: [] };
  for (const recall of existing) {
    const wanted = planned.get(recall.recallId);
    if (wanted) {
      if (recall.status === 'upcoming' && !recall.dismissed && recall.dueAt !== wanted.dueAt) changes.redate.push({ recallId: recall.recallId, dueAt: wanted.dueAt });
      continue;
    }
    if (!OPEN_RECALL_STATUSES.includes(recall.status)) continue;
    const visitedSince = visits.some((visit) => ATTENDED_RECALL_VISIT_STATUSES.includes(visit.status) && visit.start > recall.anchorAt && visit.start <= now);
    if (plan.booked || visitedSince) changes.satisfy.push({ recallId: recall.recallId, status: recall.status });
    else if (PENDING_RECALL_STATUSES.includes(recall.status) && !recall.dismissed) changes.withdraw.push({ recallId: recall.recallId, status: recall.status });
  }
  const known = new Set(existing.map((recall) => recall.recallId));
  changes.create = plan.recalls.filter((recall) => !known.has(recall.recallId));
  return changes;
}
