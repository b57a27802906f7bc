/**
 * Plans a case's recalls again (issue 18 item 2), on every change of its visits, before a recall's
 * schedule acts, and for every case when the rules are saved: core decides what changes (a booking or
 * a newer visit satisfies, a rule gives a recall once or re-dates an unsent one, an unsent recall no
 * rule asks for is withdrawn); this applies it with conditional writes and keeps the schedules in step.
 */
import { planRecalls, reconcileRecalls, type RecallRule } from '@casefile/core';
import type { ClinicRepositories, StoredRecall } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { recallRulesOf } from './recallRules';
import { deleteRecallSchedules, scheduleRecallStep } from './recallSchedule';

export interface CaseRecalls {
  booked: boolean;
  recalls: StoredRecall[];
  rules: RecallRule[];
}

export interface CaseRef {
  caseId: string;
  clientId: string;
}

/** What a caller planning many cases has read already (the rules once; a client's visits once for all their cases). */
export interface KnownFacts {
  rules?: RecallRule[];
  appointments?: Awaited<ReturnType<ClinicRepositories['appointments']['listAllForClient']>>;
}

export async function planCaseRecalls(repos: ClinicRepositories, runtime: Runtime, caseRef: CaseRef, known: KnownFacts = {}): Promise<CaseRecalls> {
  const rules = known.rules ?? (await recallRulesOf(repos));
  const existing = await repos.recalls.ofCase(caseRef.caseId);
  if (rules.length === 0 && existing.length === 0) return { booked: false, recalls: [], rules };
  const now = runtime.clock.now().toISOString();
  const [caseFile, appointments] = await Promise.all([repos.cases.get(caseRef.caseId), known.appointments ?? repos.appointments.listAllForClient(caseRef.clientId)]);
  const visits = appointments.filter((appointment) => appointment.caseId === caseRef.caseId);
  const plan = planRecalls(rules, caseFile, visits, now);
  const changes = reconcileRecalls(existing, plan, visits, now);
  if (changes.create.length + changes.redate.length + changes.satisfy.length + changes.withdraw.length === 0) return { booked: plan.booked, recalls: existing, rules };
  // The schedule fires a minute from now when the due time has passed already.
  const fireAt = (dueAt: string) => (dueAt < now ? new Date(Date.parse(now) + 60_000).toISOString() : dueAt);
  for (const { recallId, status } of changes.satisfy) await repos.recalls.moveStatus(recallId, status, 'satisfied', { satisfiedAt: now });
  for (const { recallId, status } of changes.withdraw) {
    if (await repos.recalls.withdraw(recallId, status)) await deleteRecallSchedules(recallId);
  }
  for (const { recallId, dueAt } of changes.redate) {
    if (await repos.recalls.redate(recallId, dueAt)) await scheduleRecallStep(repos.clinicId, recallId, 'due', fireAt(dueAt));
  }
  for (const recall of changes.create) {
    const rule = rules.find((candidate) => candidate.ruleId === recall.ruleId)!;
    await repos.recalls.create({ ...recall, ruleName: rule.name, clientId: caseRef.clientId, caseId: caseRef.caseId });
    // Upserted even when a redelivery finds the recall created: the first try may have failed before scheduling.
    await scheduleRecallStep(repos.clinicId, recall.recallId, 'due', fireAt(recall.dueAt));
  }
  return { booked: plan.booked, recalls: await repos.recalls.ofCase(caseRef.caseId), rules };
}
