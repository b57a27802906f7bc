/** The clinic's recall rules (issue 18 item 2): read, and replaced whole by management. */
import { ConflictError, type RecallRule, type RecallRules, type RecallRulesView } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { StaffContext } from '../context';
import { requireReference } from '../references';

export async function recallRulesOf(repos: ClinicRepositories): Promise<RecallRule[]> {
  return (await repos.recalls.getSettings())?.rules ?? [];
}

/** The rules and how far the re-plan of their last save has come. */
async function recallRulesView(repos: ClinicRepositories, rules: RecallRule[]): Promise<RecallRulesView> {
  const job = await repos.recalls.replanJob();
  return { rules, replan: job ? { status: job.done ? 'done' : 'running', casesPlanned: job.planned, updatedAt: job.updatedAt } : null };
}

export async function getRecallRules({ repos }: StaffContext): Promise<RecallRulesView> {
  return recallRulesView(repos, await recallRulesOf(repos));
}

export async function putRecallRules({ repos }: StaffContext, input: RecallRules): Promise<RecallRulesView> {
  await Promise.all(input.rules.map((rule, index) => (rule.sessionId ? requireReference(repos.sessions.get(rule.sessionId), `rules.${index}.sessionId`, 'session') : undefined)));
  const stored = await repos.recalls.putSettings(await repos.recalls.getSettings(), input.rules);
  if (!stored) throw new ConflictError('The recall rules changed meanwhile; load them again.', 'version_conflict');
  return recallRulesView(repos, stored.rules);
}
