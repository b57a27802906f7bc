/**
 * Plans a case's recalls again (issue 18 item 2), on every change of its visits and before a recall's
 * schedule acts: a visit booked ahead satisfies every open recall of the case; a newer visit
 * satisfies the recall counted from an older one; a rule that fires creates its recall once and
 * schedules it for its due time.
 */
import { OPEN_RECALL_STATUSES, planRecalls, type RecallRule } from '@casefile/core';
import type { ClinicRepositories, StoredRecall } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { recallRulesOf } from './recallRules';
import { scheduleRecallStep } from './recallSchedule';

export interface CaseRecalls {
  booked: boolean;
  recalls: StoredRecall[];
  rules: RecallRule[];
}

export async function planCaseRecalls(repos: ClinicRepositories, runtime: Runtime, caseRef: { caseId: string; clientId: string }): Promise<CaseRecalls> {
  const rules = await recallRulesOf(repos);
  const existing = await repos.recalls.ofCase(caseRef.caseId);
  if (rules.length === 0 && existing.length === 0) return { booked: false, recalls: [], rules };
  const now = runtime.clock.now().toISOString();
  const [caseFile, appointments] = await Promise.all([repos.cases.get(caseRef.caseId), repos.appointments.listAllForClient(caseRef.clientId)]);
  const plan = planRecalls(rules, caseFile, appointments.filter((appointment) => appointment.caseId === caseRef.caseId), now);
  const planned = new Set(plan.recalls.map((recall) => recall.recallId));
  const plannedRules = new Set(plan.recalls.map((recall) => recall.ruleId));
  for (const recall of existing) {
    const superseded = plan.booked || (plannedRules.has(recall.ruleId) && !planned.has(recall.recallId));
    if (superseded && OPEN_RECALL_STATUSES.includes(recall.status)) await repos.recalls.moveStatus(recall.recallId, recall.status, 'satisfied', { satisfiedAt: now });
  }
  const known = new Set(existing.map((recall) => recall.recallId));
  for (const recall of plan.recalls) {
    if (known.has(recall.recallId)) continue;
    const rule = rules.find((candidate) => candidate.ruleId === recall.ruleId)!;
    await repos.recalls.create({ ...recall, ruleName: rule.name, clientId: caseRef.clientId, caseId: caseRef.caseId });
    // Upserted even when a redelivery finds the recall created: the first try may have failed before scheduling.
    await scheduleRecallStep(repos.clinicId, recall.recallId, 'due', recall.dueAt < now ? new Date(Date.parse(now) + 60_000).toISOString() : recall.dueAt);
  }
  return { booked: plan.booked, recalls: await repos.recalls.ofCase(caseRef.caseId), rules };
}
