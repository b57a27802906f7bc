import { describe, expect, it } from 'vitest';
import { checkFormTemplateDesign, type ClinicFormTemplateState, FORM_TEMPLATES, type FormTemplateDesign, reviseFormTemplate } from '../../src';

const measure: ClinicFormTemplateState = {
  name: 'Neck check',
  kind: 'outcome_measure',
  consentWording: 'My answers are true.',
  scoring: { rule: 'sum', label: 'Total' },
  fields: [
    { key: 'pain', label: 'Pain', type: 'scale', required: true, min: 0, max: 10, scored: true },
    { key: 'sleep', label: 'Sleep', type: 'single_choice', required: true, scored: true, choices: [{ value: 'good', label: 'Good', score: 0 }, { value: 'poor', label: 'Poor', score: 2 }] },
  ],
  revision: 1,
  active: true,
};
const paths = (design: FormTemplateDesign) => checkFormTemplateDesign(design).map((issue) => issue.path);

describe('form template design', () => {
  it('accepts every template of the built-in library (the field kinds a clinic may use)', () => {
    for (const template of FORM_TEMPLATES) expect(checkFormTemplateDesign(template)).toEqual([]);
  });

  it.each([
    ['a repeated key', { ...measure, fields: [measure.fields[0]!, { ...measure.fields[0]! }] }, ['fields.1.key']],
    ['a choice question with one choice', { ...measure, fields: [{ key: 'q', label: 'Q', type: 'single_choice', required: false, choices: [{ value: 'a', label: 'A' }] }], scoring: undefined, kind: 'intake' }, ['fields.0.choices']],
    ['a scored choice without scores', { ...measure, fields: [{ ...measure.fields[1]!, choices: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B', score: 1 }] }] }, ['fields.0.choices']],
    ['a scored text question', { ...measure, fields: [{ key: 't', label: 'T', type: 'short_text', required: false, scored: true }] }, ['fields.0.scored']],
    ['a measure with no scoring rule', { ...measure, scoring: undefined }, ['scoring', 'scoring']],
    ['a consent flag on an intake form', { ...measure, kind: 'intake', consentFlag: 'treatment' }, ['consentFlag']],
    ['bounds on a text question', { ...measure, fields: [...measure.fields, { key: 'x', label: 'X', type: 'long_text', required: false, min: 1 }] }, ['fields.2.min']],
  ] as const)('refuses %s', (_name, design, expected) => {
    expect(paths(design as FormTemplateDesign)).toEqual(expected);
  });

  it('makes a new revision of a change of what is asked, and none of retiring', () => {
    const renamed = reviseFormTemplate(measure, { name: 'Neck and shoulder check' });
    expect(renamed).toMatchObject({ next: { revision: 2, name: 'Neck and shoulder check', scoring: measure.scoring } });
    const retired = reviseFormTemplate(measure, { active: false });
    expect(retired).toMatchObject({ next: { revision: 1, active: false } });
  });

  it('keeps a scored measure’s rule for life (its label may change), so its trend stays comparable', () => {
    expect(reviseFormTemplate(measure, { scoring: { rule: 'mean', label: 'Total' } })).toEqual({ issues: [expect.objectContaining({ path: 'scoring.rule' })] });
    expect(reviseFormTemplate(measure, { scoring: null })).toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: 'scoring.rule' })]) });
    expect(reviseFormTemplate(measure, { scoring: { rule: 'sum', label: 'Points' } })).toMatchObject({ next: { scoring: { rule: 'sum', label: 'Points' }, revision: 2 } });
  });
});
