/**
 * The form template editor's draft: fields as the inputs hold them (choices one per line as
 * `Label = score`), turned into the API's design on save.
 */
import type { Schemas } from '../api/client';

export type ListedTemplate = Schemas['ListedFormTemplate'];
type Field = Schemas['FormFieldInput'];

export const FIELD_TYPES: { value: Field['type']; label: string }[] = [
  { value: 'short_text', label: 'Short text' },
  { value: 'long_text', label: 'Long text' },
  { value: 'number', label: 'Number' },
  { value: 'date', label: 'Date' },
  { value: 'yes_no', label: 'Yes / no' },
  { value: 'single_choice', label: 'One choice' },
  { value: 'multiple_choice', label: 'Several choices' },
  { value: 'scale', label: 'Scale (0-10)' },
];

export interface FieldDraft {
  key: string;
  label: string;
  type: Field['type'];
  required: boolean;
  scored: boolean;
  choices: string;
  min: string;
  max: string;
}

export interface TemplateDraft {
  name: string;
  kind: ListedTemplate['kind'];
  consentWording: string;
  consentFlag: '' | 'treatment' | 'privacyPolicy';
  scoringRule: '' | 'sum' | 'mean' | 'percent_of_max';
  scoringLabel: string;
  fields: FieldDraft[];
}

export const emptyField = (index: number): FieldDraft => ({ key: `q${index + 1}`, label: '', type: 'short_text', required: false, scored: false, choices: '', min: '', max: '' });

export const emptyDraft = (): TemplateDraft => ({ name: '', kind: 'intake', consentWording: 'I confirm that my answers are true and complete.', consentFlag: '', scoringRule: '', scoringLabel: 'Score', fields: [emptyField(0)] });

export function draftOf(template: ListedTemplate): TemplateDraft {
  return {
    name: template.name,
    kind: template.kind,
    consentWording: template.consentWording,
    consentFlag: template.consentFlag ?? '',
    scoringRule: template.scoring?.rule ?? '',
    scoringLabel: template.scoring?.label ?? 'Score',
    fields: template.fields.map((field) => ({
      key: field.key,
      label: field.label,
      type: field.type,
      required: field.required,
      scored: field.scored ?? false,
      choices: (field.choices ?? []).map((choice) => (choice.score === undefined ? choice.label : `${choice.label} = ${choice.score}`)).join('\n'),
      min: field.min === undefined ? '' : String(field.min),
      max: field.max === undefined ? '' : String(field.max),
    })),
  };
}

const hasChoices = (type: Field['type']) => type === 'single_choice' || type === 'multiple_choice';
const hasBounds = (type: Field['type']) => type === 'number' || type === 'scale';
const slug = (label: string, index: number) => label.toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 64) || `choice_${index + 1}`;

function fieldOf(draft: FieldDraft): Field {
  const choices = draft.choices
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line, index) => {
      const [label = '', score] = line.split(/\s*=\s*/);
      return { value: slug(label, index), label, ...(score !== undefined && score !== '' ? { score: Number(score) } : {}) };
    });
  return {
    key: draft.key,
    label: draft.label,
    type: draft.type,
    required: draft.required,
    ...(draft.scored ? { scored: true } : {}),
    ...(hasChoices(draft.type) ? { choices } : {}),
    ...(hasBounds(draft.type) && draft.min !== '' ? { min: Number(draft.min) } : {}),
    ...(hasBounds(draft.type) && draft.max !== '' ? { max: Number(draft.max) } : {}),
  };
}

export function designOf(draft: TemplateDraft): Schemas['CreateFormTemplate'] {
  return {
    name: draft.name,
    kind: draft.kind,
    consentWording: draft.consentWording,
    fields: draft.fields.map(fieldOf),
    ...(draft.consentFlag ? { consentFlag: draft.consentFlag } : {}),
    ...(draft.scoringRule ? { scoring: { rule: draft.scoringRule, label: draft.scoringLabel } } : {}),
  };
}

/** A revision: everything but the kind, which never changes. */
export function revisionOf(draft: TemplateDraft): Schemas['UpdateFormTemplate'] {
  const { kind: _kind, scoring, consentFlag, ...design } = designOf(draft);
  return { ...design, scoring: scoring ?? null, consentFlag: consentFlag ?? null };
}
