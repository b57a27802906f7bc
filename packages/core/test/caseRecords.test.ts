import { describe, expect, it } from 'vitest';
import { buildCommunicationLog, canonicalJson, checkFormAnswers, findFormTemplate, scoreFormAnswers, type FormTemplate } from '../src/index';

const template = (rule: 'sum' | 'mean' | 'percent_of_max'): Pick<FormTemplate, 'fields' | 'scoring'> => ({
  scoring: { rule, label: 'Score' },
  fields: [
    { key: 'a', label: 'A', type: 'scale', required: true, min: 0, max: 10, scored: true },
    { key: 'b', label: 'B', type: 'single_choice', required: true, scored: true, choices: [{ value: 'x', label: 'X', score: 0 }, { value: 'y', label: 'Y', score: 4 }] },
    { key: 'note', label: 'Note', type: 'short_text', required: false },
  ],
});

describe('form scoring', () => {
  it.each([
    ['sum', 10],
    ['mean', 5],
    ['percent_of_max', 71.4],
  ] as const)('%s', (rule, expected) => {
    expect(scoreFormAnswers(template(rule), { a: 6, b: 'y' })?.value).toBe(expected);
  });

  it('checks answers against the template: required, choices, ranges, unknown keys', () => {
    expect(checkFormAnswers(template('sum'), { a: 11, b: 'z', extra: 'x' }).map((issue) => issue.path).sort()).toEqual(['answers.a', 'answers.b', 'answers.extra']);
    expect(checkFormAnswers(template('sum'), { b: 'x' }).map((issue) => issue.path)).toEqual(['answers.a']);
    expect(checkFormAnswers(findFormTemplate('consent-treatment')!, { understood: true })).toEqual([]);
  });

  it('hashes the same content the same way whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: true } })).toBe(canonicalJson({ a: { c: true, d: [1, { e: 1, f: 2 }] }, b: 1 }));
  });
});

describe('communication log', () => {
  it('merges visit notices with recorded calls, newest first, leaving out notices still sending', () => {
    const log = buildCommunicationLog(
      [{ appointmentId: '01JDEM0APP0000000000000000', start: '2026-12-10T15:00:00.000Z', entries: [
        { appointmentId: '01JDEM0APP0000000000000000', key: 'reminder#1440#client', kind: 'reminder', audience: 'client', outcome: 'failed', failure: 'MessageRejected', at: '2026-12-09T15:00:00.000Z' },
        { appointmentId: '01JDEM0APP0000000000000000', key: 'newBooking#client', kind: 'newBooking', audience: 'client', outcome: 'sending', at: '2026-12-01T10:00:00.000Z' },
      ] }],
      [{ source: 'staff', entryId: '01JDEM0ENT0000000000000000', caseId: '01JDEM0CAS0000000000000000', channel: 'phone', direction: 'inbound', summary: 'Called', at: '2026-12-05T09:00:00.000Z', recordedBy: 'm' }],
    );
    expect(log.map((item) => [item.source, item.at])).toEqual([['notice', '2026-12-09T15:00:00.000Z'], ['staff', '2026-12-05T09:00:00.000Z']]);
    expect(log[0]).toMatchObject({ outcome: 'failed', failure: 'MessageRejected', appointmentStart: '2026-12-10T15:00:00.000Z' });
  });
});
