/** The recall rule editor's decisions: a session or case type chosen or "any", channels, and the line naming what a rule applies to. */
import { describe, expect, it } from 'vitest';
import { ANY, CASE_TYPE_CHOICES, channelsOf, describeReplan, describeScope, type RecallRule, sendsNothing, sessionOptions, withChannel, withScope } from '../src/recalls/recallRuleView';

const rule: RecallRule = { ruleId: 'six-weeks', name: 'Six weeks', enabled: true, interval: { count: 6, unit: 'weeks' }, anchor: 'last_visit', channels: { email: true, sms: true }, noResponseDays: 14 };
const sessions = [{ sessionId: '01HAAAAAAAAAAAAAAAAAAAAAAA', name: 'Assessment 60' }];

describe('recall rule editor', () => {
  it('offers "any" first, then each session and case type', () => {
    expect(sessionOptions(sessions)).toEqual([{ value: ANY, label: 'Any session' }, { value: sessions[0]!.sessionId, label: 'Assessment 60' }]);
    expect(CASE_TYPE_CHOICES[0]).toEqual({ value: ANY, label: 'Any case type' });
    expect(CASE_TYPE_CHOICES.map((choice) => choice.value)).toContain('workers_compensation');
  });

  it('sets a session or case type, and leaves the field out for "any" (the API refuses null)', () => {
    const limited = withScope(withScope(rule, 'sessionId', sessions[0]!.sessionId), 'caseType', 'private');
    expect(limited).toMatchObject({ sessionId: sessions[0]!.sessionId, caseType: 'private' });
    const opened = withScope(limited, 'sessionId', ANY);
    expect('sessionId' in opened).toBe(false);
    expect(opened.caseType).toBe('private');
    expect(rule).not.toHaveProperty('sessionId');
  });

  it('turns channels on and off, and warns when a rule would send nothing', () => {
    const mailOnly = withChannel(rule, 'sms', false);
    expect(mailOnly.channels).toEqual({ email: true, sms: false });
    expect(sendsNothing(mailOnly)).toBe(false);
    expect(sendsNothing(withChannel(mailOnly, 'email', false))).toBe(true);
    const { channels: _left, ...unstated } = rule;
    expect(channelsOf(unstated)).toEqual({ email: true, sms: true });
  });

  it('names what a rule applies to', () => {
    expect(describeScope(rule, sessions)).toBe('Every case');
    expect(describeScope({ ...rule, caseType: 'workers_compensation' }, sessions)).toBe("Workers' compensation cases");
    expect(describeScope({ ...rule, sessionId: sessions[0]!.sessionId }, sessions)).toBe('Cases whose last visit was Assessment 60');
    expect(describeScope({ ...rule, sessionId: sessions[0]!.sessionId, caseType: 'private' }, sessions)).toBe('Private cases whose last visit was Assessment 60');
    expect(describeScope({ ...rule, sessionId: '01HBBBBBBBBBBBBBBBBBBBBBBB' }, sessions)).toBe('Cases whose last visit was a removed session');
  });

  it('says how far the re-plan of the last save has come', () => {
    expect(describeReplan({ status: 'running', casesPlanned: 25, updatedAt: '2026-12-04T10:00:00.000Z' })).toBe('Re-planning every case after the last save: 25 cases so far…');
    expect(describeReplan({ status: 'done', casesPlanned: 1, updatedAt: '2026-12-04T10:00:00.000Z' })).toBe('The last save re-planned 1 case.');
  });
});
