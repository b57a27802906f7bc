/** The recall rule editor's decisions (no React): what a rule applies to, and how a choice of "any" leaves the field out. */
import type { Schemas } from '../api/client';
import { CASE_TYPE_LABEL, CASE_TYPE_OPTIONS } from '../clients/caseTypes';

export type RecallRule = Schemas['RecallRule'];
type Channels = { email: boolean; sms: boolean };

/** The rule's channels as the API applies them (both on when left out). */
export function channelsOf(rule: RecallRule): Channels {
  return { email: rule.channels?.email ?? true, sms: rule.channels?.sms ?? true };
}

/** The select value for "every session" or "every case type". */
export const ANY = '';

export function sessionOptions(sessions: readonly { sessionId: string; name: string }[]) {
  return [{ value: ANY, label: 'Any session' }, ...sessions.map((session) => ({ value: session.sessionId, label: session.name }))];
}

export const CASE_TYPE_CHOICES = [{ value: ANY, label: 'Any case type' }, ...CASE_TYPE_OPTIONS];

/** The rule limited to one session or case type, or to any (the field left out: the API refuses null). */
export function withScope(rule: RecallRule, field: 'sessionId' | 'caseType', value: string): RecallRule {
  const { [field]: _old, ...rest } = rule;
  return value === ANY ? rest : ({ ...rest, [field]: value } as RecallRule);
}

export function withChannel(rule: RecallRule, channel: keyof Channels, on: boolean): RecallRule {
  return { ...rule, channels: { ...channelsOf(rule), [channel]: on } };
}

/** A rule with no channel on still lists its recalls (and raises the task), but sends nothing. */
export function sendsNothing(rule: RecallRule): boolean {
  const channels = channelsOf(rule);
  return !channels.email && !channels.sms;
}

/** One line saying which cases a rule applies to. */
export function describeScope(rule: RecallRule, sessions: readonly { sessionId: string; name: string }[]): string {
  const session = rule.sessionId ? (sessions.find((candidate) => candidate.sessionId === rule.sessionId)?.name ?? 'a removed session') : undefined;
  const caseType = rule.caseType ? (CASE_TYPE_LABEL[rule.caseType] ?? rule.caseType) : undefined;
  if (session && caseType) return `${caseType} cases whose last visit was ${session}`;
  if (session) return `Cases whose last visit was ${session}`;
  if (caseType) return `${caseType} cases`;
  return 'Every case';
}

/** One line on the re-plan the last save started: still running (cases so far) or done (cases in all). */
export function describeReplan(replan: Schemas['RecallReplan']): string {
  const cases = `${replan.casesPlanned} ${replan.casesPlanned === 1 ? 'case' : 'cases'}`;
  return replan.status === 'running' ? `Re-planning every case after the last save: ${cases} so far…` : `The last save re-planned ${cases}.`;
}
