/**
 * A recall's schedule fired (issue 18 item 2). "due": unless a visit is booked meanwhile, the recall
 * is claimed (upcoming -> sent, or -> due when the client cannot be reached) before the message goes,
 * so it goes once; the no-response check is scheduled. "noResponse": a recall still open raises one
 * task for the front desk to call. A repeated firing changes nothing.
 */
import { deterministicUlid, type RecallRule } from '@casefile/core';
import type { ClinicRepositories, StoredRecall } from '@casefile/db';
import type { Runtime } from '../../runtime';
import { planCaseRecalls } from './planCaseRecalls';
import { type RecallStep, scheduleRecallStep } from './recallSchedule';
import { sendRecallMessage } from './sendRecallMessage';

export type RecallFired = 'sent' | 'due' | 'task' | 'unchanged';

const DEFAULT_RULE: Pick<RecallRule, 'channels' | 'noResponseDays'> = { channels: { email: true, sms: true }, noResponseDays: 14 };

export async function fireRecall(repos: ClinicRepositories, runtime: Runtime, recallId: string, step: RecallStep): Promise<RecallFired> {
  const before = await repos.recalls.find(recallId);
  // Withdrawn before it fired (its schedule deleted a moment too late), or dismissed.
  if (!before || before.dismissed) return 'unchanged';
  const { rules } = await planCaseRecalls(repos, runtime, before);
  // Read again consistently (the case's list is an index): planning may have satisfied, re-dated or withdrawn it.
  const recall = await repos.recalls.find(recallId);
  if (!recall) return 'unchanged';
  const rule = rules.find((candidate) => candidate.ruleId === recall.ruleId) ?? DEFAULT_RULE;
  const now = runtime.clock.now();
  if (step === 'due') {
    // EventBridge may fire a little early; never send before the due time.
    if (recall.status !== 'upcoming' || Date.parse(recall.dueAt) > now.getTime() + 60_000) return 'unchanged';
    return sendDue(repos, recall, rule, now);
  }
  if ((recall.status !== 'sent' && recall.status !== 'due') || recall.taskRaisedAt) return 'unchanged';
  await raiseNoResponseTask(repos, recall);
  await repos.recalls.markTaskRaised(recallId);
  return 'task';
}

async function sendDue(repos: ClinicRepositories, recall: StoredRecall, rule: Pick<RecallRule, 'channels' | 'noResponseDays'>, now: Date): Promise<RecallFired> {
  const at = now.toISOString();
  if (!(await repos.recalls.moveStatus(recall.recallId, 'upcoming', 'sent', { sentAt: at }))) return 'unchanged';
  let sentBy;
  try {
    sentBy = await sendRecallMessage(repos, recall, rule.channels);
  } catch (error) {
    // Give the claim back so the scheduler's retry sends it.
    await repos.recalls.moveStatus(recall.recallId, 'sent', 'upcoming');
    throw error;
  }
  if (sentBy.length === 0) await repos.recalls.moveStatus(recall.recallId, 'sent', 'due');
  else await repos.recalls.moveStatus(recall.recallId, 'sent', 'sent', { sentBy });
  await scheduleRecallStep(repos.clinicId, recall.recallId, 'noResponse', new Date(now.getTime() + rule.noResponseDays * 86_400_000).toISOString());
  return sentBy.length === 0 ? 'due' : 'sent';
}

function raiseNoResponseTask(repos: ClinicRepositories, recall: StoredRecall): Promise<boolean> {
  const task = {
    title: recall.sentAt ? 'Call a client who did not answer a recall' : 'Call a client due for a recall (no message could be sent)',
    description: `Recall "${recall.ruleName}": nothing is booked yet. Call the client to book, or dismiss the recall.`,
    clientId: recall.clientId,
    caseId: recall.caseId,
    assignee: { kind: 'role', role: 'front_desk' },
    priority: 'normal',
  } as const;
  return repos.tasks.createOnce(deterministicUlid(recall.recallId, 'recall_no_response', recall.recallId), task, 'recall_no_response');
}
