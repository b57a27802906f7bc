import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  copyForwardValues,
  defaultNoteTemplates,
  draftValueIssues,
  hashSignedNote,
  isNoteOverdue,
  noteSectionsSchema,
  type NoteSection,
  signingIssues,
} from '../../src/index';

const sections: NoteSection[] = [
  { key: 'subjective', label: 'Subjective', kind: 'long_text', required: true },
  { key: 'pain', label: 'Pain', kind: 'scale', required: true },
  { key: 'regions', label: 'Regions', kind: 'body_region', required: false },
  { key: 'pressure', label: 'Pressure', kind: 'single_choice', required: false, options: ['light', 'deep'] },
  { key: 'seen', label: 'Seen on', kind: 'date', required: false },
];

describe('note values', () => {
  it('accepts a partial draft whose values fit their sections', () => {
    expect(draftValueIssues(sections, { subjective: 'Better', regions: ['neck'] })).toEqual([]);
  });

  it.each([
    [{ pain: 11 }, 'values.pain'],
    [{ pain: 2.5 }, 'values.pain'],
    [{ regions: ['tail'] }, 'values.regions'],
    [{ pressure: 'medium' }, 'values.pressure'],
    [{ seen: 'yesterday' }, 'values.seen'],
    [{ subjective: 4 }, 'values.subjective'],
    [{ unknown: 'x' }, 'values.unknown'],
  ])('refuses %j at %s', (values, path) => {
    expect(draftValueIssues(sections, values).map((issue) => issue.path)).toEqual([path]);
  });

  it('needs every required section filled to sign', () => {
    expect(signingIssues(sections, { subjective: '  ' }).map((issue) => issue.path)).toEqual(['values.subjective', 'values.pain']);
    expect(signingIssues(sections, { subjective: 'Better', pain: 0 })).toEqual([]);
  });

  it('refuses a template with two sections of one key, or a choice without options', () => {
    expect(noteSectionsSchema.safeParse([sections[0], sections[0]]).success).toBe(false);
    expect(noteSectionsSchema.safeParse([{ key: 'a', label: 'A', kind: 'single_choice' }]).success).toBe(false);
  });
});

describe('content hash', () => {
  const content = { noteId: 'N', caseId: 'C', authorId: 'M', templateId: 'T', templateRevision: 1, sections, values: { subjective: 'Better', pain: 3 }, signedAt: '2026-12-01T10:00:00.000Z' };

  it('is SHA-256 of the canonical JSON, whatever order fields were written in', async () => {
    const reordered = { ...content, values: { pain: 3, subjective: 'Better' } };
    const expected = createHash('sha256').update(canonicalJson({ ...content, appointmentId: undefined })).digest('hex');
    expect(await hashSignedNote(content)).toBe(expected);
    expect(await hashSignedNote(reordered)).toBe(expected);
  });

  it('changes with any value', async () => {
    expect(await hashSignedNote({ ...content, values: { subjective: 'Better', pain: 4 } })).not.toBe(await hashSignedNote(content));
  });
});

describe('copy forward', () => {
  it('carries values of the same key and kind that still fit', () => {
    const next: NoteSection[] = [
      { key: 'subjective', label: 'S', kind: 'long_text', required: true },
      { key: 'pain', label: 'Pain', kind: 'number', required: false },
      { key: 'pressure', label: 'Pressure', kind: 'single_choice', required: false, options: ['light', 'moderate'] },
    ];
    expect(copyForwardValues({ sections, values: { subjective: 'Better', pain: 3, pressure: 'deep' } }, next)).toEqual({ subjective: 'Better' });
  });
});

describe('overdue notes', () => {
  const now = new Date('2026-12-03T12:00:00Z');
  it.each([
    ['arrived, ended 25 h ago, unsigned', 'arrived', '2026-12-02T11:00:00Z', false, true],
    ['arrived, ended 23 h ago', 'arrived', '2026-12-02T13:00:00Z', false, false],
    ['paid, ended 2 days ago', 'paid', '2026-12-01T10:00:00Z', false, true],
    ['signed', 'arrived', '2026-12-01T10:00:00Z', true, false],
    ['no-show', 'no_show', '2026-12-01T10:00:00Z', false, false],
  ])('%s', (_name, status, end, signed, overdue) => {
    expect(isNoteOverdue({ appointmentId: 'A', status, end }, signed, now)).toBe(overdue);
  });
});

describe('default templates', () => {
  it('has an initial assessment and a SOAP follow-up per discipline, matched to the clinic, with stable ids', () => {
    const clinicId = '01JDEMOC11N1CA000000000000';
    const templates = defaultNoteTemplates(clinicId, [{ disciplineId: 'D1', name: 'Physiotherapy' }, { disciplineId: 'D2', name: 'Registered massage therapy' }]);
    expect(templates.map((template) => template.seedKey)).toEqual([
      'physiotherapy/initial_assessment', 'physiotherapy/follow_up', 'massage/initial_assessment', 'massage/follow_up', 'chiropractic/initial_assessment', 'chiropractic/follow_up',
    ]);
    expect(templates.map((template) => template.disciplineId)).toEqual(['D1', 'D1', 'D2', 'D2', undefined, undefined]);
    expect(defaultNoteTemplates(clinicId, []).map((template) => template.templateId)).toEqual(templates.map((template) => template.templateId));
    const otherClinic = defaultNoteTemplates('01JDEMOC11N1CB000000000000', []).map((template) => template.templateId);
    expect(otherClinic.filter((id) => templates.some((template) => template.templateId === id))).toEqual([]);
    for (const template of templates) expect(noteSectionsSchema.safeParse(template.sections).success).toBe(true);
  });
});
