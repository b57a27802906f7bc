/** The clinic's recall rules (issue 18 item 2): read, and replaced whole by management. */
import { ConflictError, type RecallRule, type RecallRules } from '@casefile/core';
import type { ClinicRepositories } from '@casefile/db';
import type { StaffContext } from '../context';
import { requireReference } from '../references';

export async function recallRulesOf(repos: ClinicRepositories): Promise<RecallRule[]> {
  return (await repos.recalls.getSettings())?.rules ?? [];
}

export async function getRecallRules({ repos }: StaffContext): Promise<RecallRules> {
  return { rules: await recallRulesOf(repos) };
}

export async function putRecallRules({ repos }: StaffContext, input: RecallRules): Promise<RecallRules> {
  await Promise.all(input.rules.map((rule, index) => (rule.sessionId ? requireReference(repos.sessions.get(rule.sessionId), `rules.${index}.sessionId`, 'session') : undefined)));
  const stored = await repos.recalls.putSettings(await repos.recalls.getSettings(), input.rules);
  if (!stored) throw new ConflictError('The recall rules changed meanwhile; load them again.', 'version_conflict');
  return { rules: stored.rules };
}
