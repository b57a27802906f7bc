/**
 * When a recall rule fires for a case (pure): the interval after the last attended visit, or the next
 * anniversary of the intake after it; nothing while a visit is booked ahead. Decided again on every
 * change of the case's visits and when a recall's schedule fires, so a booking satisfies it.
 */
import { deterministicUlid } from '../billing/deterministicId';
import type { RecallRule } from './schemas';

/** An appointment as the planner needs it. */
export interface RecallVisit {
  sessionId: string;
  start: string;
  status: string;
}

export interface RecallCase {
  caseId: string;
  caseType: string;
  intakeDate: string;
  status: string;
}

export interface PlannedRecall {
  recallId: string;
  ruleId: string;
  anchorAt: string;
  dueAt: string;
}

export interface RecallPlan {
  /** A visit is booked from now on: every open recall of the case is satisfied. */
  booked: boolean;
  recalls: PlannedRecall[];
}

/** Visit statuses that count as attended: an interval counts from them, and they satisfy an older recall. */
export const ATTENDED_RECALL_VISIT_STATUSES: readonly string[] = ['arrived', 'paid'];
const ATTENDED = new Set(ATTENDED_RECALL_VISIT_STATUSES);
const BOOKED = new Set(['booked', 'confirmed']);

/** `at` plus `count` units (months and years on the calendar, in UTC; a 31st becomes the month's last day). */
export function addInterval(at: string, interval: RecallRule['interval'], times = 1): string {
  const date = new Date(at);
  const count = interval.count * times;
  if (interval.unit === 'days' || interval.unit === 'weeks') {
    return new Date(date.getTime() + count * (interval.unit === 'weeks' ? 7 : 1) * 86_400_000).toISOString();
  }
  const months = interval.unit === 'years' ? count * 12 : count;
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1, date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return target.toISOString();
}

/** The recall id is derived from case, rule and anchor, so planning twice creates one recall. */
export function recallIdOf(caseId: string, ruleId: string, anchorAt: string): string {
  return deterministicUlid(caseId, 'recall', caseId, ruleId, anchorAt);
}

export function planRecalls(rules: readonly RecallRule[], caseFile: RecallCase, visits: readonly RecallVisit[], now: string): RecallPlan {
  const booked = visits.some((visit) => BOOKED.has(visit.status) && visit.start >= now);
  if (booked || caseFile.status === 'closed') return { booked, recalls: [] };
  const attended = visits.filter((visit) => ATTENDED.has(visit.status) && visit.start <= now).sort((a, b) => a.start.localeCompare(b.start));
  const last = attended.at(-1);
  const recalls: PlannedRecall[] = [];
  for (const rule of rules) {
    if (!rule.enabled) continue;
    if (rule.caseType && rule.caseType !== caseFile.caseType) continue;
    if (rule.sessionId && rule.sessionId !== last?.sessionId) continue;
    const anchorAt = rule.anchor === 'last_visit' ? last?.start : nextAnniversaryAnchor(rule, `${caseFile.intakeDate}T00:00:00.000Z`, last?.start);
    if (!anchorAt) continue;
    recalls.push({ recallId: recallIdOf(caseFile.caseId, rule.ruleId, anchorAt), ruleId: rule.ruleId, anchorAt, dueAt: addInterval(anchorAt, rule.interval) });
  }
  return { booked, recalls };
}

/** The latest anniversary of the intake not after the last visit (or the intake itself), so the next one is due. */
function nextAnniversaryAnchor(rule: RecallRule, intakeAt: string, lastVisitAt: string | undefined): string {
  if (!lastVisitAt || lastVisitAt < intakeAt) return intakeAt;
  let anchor = intakeAt;
  for (let times = 1; times < 1_000; times++) {
    const next = addInterval(intakeAt, rule.interval, times);
    if (next > lastVisitAt) break;
    anchor = next;
  }
  return anchor;
}
