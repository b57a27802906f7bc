import { describe, expect, it } from 'vitest';
import { addInterval, type KnownRecall, planRecalls, recallIdOf, reconcileRecalls, recallMail, recallRuleSchema, recallRulesSchema, recallSms, smsLength, type RecallCase, type RecallRule } from '../src/index';

const CASE: RecallCase = { caseId: '01HZZZZZZZZZZZZZZZZZZZZZZZ', caseType: 'private', intakeDate: '2026-01-10', status: 'open' };
const SESSION = '01HAAAAAAAAAAAAAAAAAAAAAAA';
const rule = (fields: Partial<RecallRule> = {}): RecallRule => recallRuleSchema.parse({ ruleId: 'six-weeks', name: 'Six weeks', interval: { count: 6, unit: 'weeks' }, ...fields });
const visit = (start: string, status = 'arrived', sessionId = SESSION) => ({ start, status, sessionId });
const NOW = '2026-06-01T12:00:00.000Z';

describe('recall intervals', () => {
  it('adds days and weeks as time, months and years on the calendar, clamping to the month end', () => {
    expect(addInterval('2026-01-01T10:00:00.000Z', { count: 6, unit: 'weeks' })).toBe('2026-02-12T10:00:00.000Z');
    expect(addInterval('2026-01-31T10:00:00.000Z', { count: 1, unit: 'months' })).toBe('2026-02-28T10:00:00.000Z');
    expect(addInterval('2024-02-29T10:00:00.000Z', { count: 1, unit: 'years' })).toBe('2025-02-28T10:00:00.000Z');
    expect(addInterval('2026-03-15T10:00:00.000Z', { count: 1, unit: 'years' }, 2)).toBe('2028-03-15T10:00:00.000Z');
  });
});

describe('planning recalls', () => {
  it('counts from the last attended visit, not from a canceled or future one', () => {
    const plan = planRecalls([rule()], CASE, [visit('2026-04-01T14:00:00.000Z'), visit('2026-05-01T14:00:00.000Z'), visit('2026-05-20T14:00:00.000Z', 'canceled')], NOW);
    expect(plan).toEqual({ booked: false, recalls: [{ recallId: recallIdOf(CASE.caseId, 'six-weeks', '2026-05-01T14:00:00.000Z'), ruleId: 'six-weeks', anchorAt: '2026-05-01T14:00:00.000Z', dueAt: '2026-06-12T14:00:00.000Z' }] });
  });

  it('plans nothing while a visit is booked ahead, or for a closed case, or without a visit for a last-visit rule', () => {
    expect(planRecalls([rule()], CASE, [visit('2026-05-01T14:00:00.000Z'), visit('2026-06-10T14:00:00.000Z', 'booked')], NOW)).toEqual({ booked: true, recalls: [] });
    expect(planRecalls([rule()], { ...CASE, status: 'closed' }, [visit('2026-05-01T14:00:00.000Z')], NOW).recalls).toEqual([]);
    expect(planRecalls([rule()], CASE, [], NOW).recalls).toEqual([]);
  });

  it('matches rules by the last visit’s session and by case type, and skips disabled rules', () => {
    const visits = [visit('2026-05-01T14:00:00.000Z')];
    expect(planRecalls([rule({ sessionId: SESSION })], CASE, visits, NOW).recalls).toHaveLength(1);
    expect(planRecalls([rule({ sessionId: '01HBBBBBBBBBBBBBBBBBBBBBBB' })], CASE, visits, NOW).recalls).toEqual([]);
    expect(planRecalls([rule({ caseType: 'workers_compensation' })], CASE, visits, NOW).recalls).toEqual([]);
    expect(planRecalls([rule({ enabled: false })], CASE, visits, NOW).recalls).toEqual([]);
  });

  it('plans a yearly reassessment from the latest intake anniversary not after the last visit', () => {
    const annual = rule({ ruleId: 'annual', anchor: 'case_start', interval: { count: 1, unit: 'years' } });
    expect(planRecalls([annual], CASE, [], NOW).recalls[0]).toMatchObject({ anchorAt: '2026-01-10T00:00:00.000Z', dueAt: '2027-01-10T00:00:00.000Z' });
    const later = planRecalls([annual], CASE, [visit('2027-02-01T14:00:00.000Z')], '2027-03-01T00:00:00.000Z').recalls[0];
    expect(later).toMatchObject({ anchorAt: '2027-01-10T00:00:00.000Z', dueAt: '2028-01-10T00:00:00.000Z' });
  });

  it('gives one id per case, rule and anchor, so planning again finds the same recall', () => {
    const first = planRecalls([rule()], CASE, [visit('2026-05-01T14:00:00.000Z')], NOW).recalls[0]!.recallId;
    expect(planRecalls([rule()], CASE, [visit('2026-05-01T14:00:00.000Z')], '2026-06-05T00:00:00.000Z').recalls[0]!.recallId).toBe(first);
    expect(planRecalls([rule()], CASE, [visit('2026-05-02T14:00:00.000Z')], NOW).recalls[0]!.recallId).not.toBe(first);
    expect(first).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });
});

describe('reconciling stored recalls with a new plan', () => {
  const LAST = '2026-05-01T14:00:00.000Z';
  const visits = [visit(LAST)];
  const stored = (fields: Partial<KnownRecall> = {}): KnownRecall => ({ recallId: recallIdOf(CASE.caseId, 'six-weeks', LAST), ruleId: 'six-weeks', anchorAt: LAST, dueAt: '2026-06-12T14:00:00.000Z', status: 'upcoming', dismissed: false, ...fields });
  const reconcile = (existing: KnownRecall[], rules: RecallRule[], at = NOW, seen = visits) => reconcileRecalls(existing, planRecalls(rules, CASE, seen, at), seen, at);

  it('creates a recall a rule turned on asks for, once', () => {
    expect(reconcile([], [rule()]).create.map((recall) => recall.recallId)).toEqual([stored().recallId]);
    expect(reconcile([stored()], [rule()])).toEqual({ create: [], redate: [], satisfy: [], withdraw: [] });
  });

  it('re-dates an unsent recall when its rule changes, but not a sent or dismissed one', () => {
    const longer = rule({ interval: { count: 8, unit: 'weeks' } });
    expect(reconcile([stored()], [longer]).redate).toEqual([{ recallId: stored().recallId, dueAt: '2026-06-26T14:00:00.000Z' }]);
    expect(reconcile([stored({ status: 'sent' })], [longer]).redate).toEqual([]);
    expect(reconcile([stored({ dismissed: true })], [longer]).redate).toEqual([]);
  });

  it('withdraws unsent recalls of a disabled, removed or no longer matching rule, and leaves sent or dismissed ones', () => {
    for (const rules of [[rule({ enabled: false })], [], [rule({ caseType: 'workers_compensation' })]]) {
      expect(reconcile([stored(), stored({ recallId: 'due', status: 'due' })], rules).withdraw).toEqual([{ recallId: stored().recallId, status: 'upcoming' }, { recallId: 'due', status: 'due' }]);
    }
    expect(reconcile([stored({ status: 'sent' }), stored({ recallId: 'dismissed', dismissed: true })], [])).toEqual({ create: [], redate: [], satisfy: [], withdraw: [] });
  });

  it('satisfies open recalls on a booking ahead or a newer attended visit', () => {
    expect(reconcile([stored({ status: 'sent' })], [rule()], NOW, [...visits, visit('2026-06-20T14:00:00.000Z', 'booked')]).satisfy).toEqual([{ recallId: stored().recallId, status: 'sent' }]);
    const newer = reconcile([stored()], [rule()], NOW, [...visits, visit('2026-05-20T14:00:00.000Z')]);
    expect(newer.satisfy).toEqual([{ recallId: stored().recallId, status: 'upcoming' }]);
    expect(newer.create).toHaveLength(1);
    expect(newer.withdraw).toEqual([]);
  });
});

describe('recall rules and messages', () => {
  it('refuses two rules with one id and an interval of zero', () => {
    expect(recallRulesSchema.safeParse({ rules: [rule(), rule()] }).success).toBe(false);
    expect(recallRuleSchema.safeParse({ ruleId: 'x', name: 'x', interval: { count: 0, unit: 'days' } }).success).toBe(false);
  });

  it('words the message with nothing clinical, and the text in at most two segments', () => {
    const facts = { clientName: 'Ana', clinicName: 'Harbour Physio', clinicPhone: '+1 416 555 0100' };
    expect(recallMail(facts).text).toContain('time to book your next visit');
    const sms = recallSms(facts);
    expect(sms).toContain('STOP');
    expect(smsLength(sms).segments).toBeLessThanOrEqual(2);
  });
});
