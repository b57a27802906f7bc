/**
 * The clinic form library (SPEC K1, K6): intake questionnaire, consent to treatment, privacy consent
 * and scored outcome measures. A template is data: fields with types, choices that may carry scores,
 * an optional scoring rule, and for consents the wording the client signs and the flag it sets.
 * A request keeps a copy of its template, so a signed form always shows what was asked.
 */
export const FORM_KINDS = ['intake', 'consent', 'outcome_measure'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const FORM_FIELD_TYPES = ['short_text', 'long_text', 'number', 'date', 'yes_no', 'single_choice', 'multiple_choice', 'scale'] as const;
export type FormFieldType = (typeof FORM_FIELD_TYPES)[number];

export const SCORING_RULES = ['sum', 'mean', 'percent_of_max'] as const;
export type ScoringRule = (typeof SCORING_RULES)[number];

/** Which consent flag on the client a signed consent form sets. */
export const CONSENT_FLAGS = ['treatment', 'privacyPolicy'] as const;
export type ConsentFlag = (typeof CONSENT_FLAGS)[number];

export interface FormChoice {
  value: string;
  label: string;
  /** Points this answer scores on a scored measure. */
  score?: number;
}

export interface FormField {
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  choices?: FormChoice[];
  /** `scale`: 0..max (0-10 unless given); `number`: bounds. */
  min?: number;
  max?: number;
  /** Counts towards the template's score (single choice with scores, or scale). */
  scored?: boolean;
}

export interface FormTemplate {
  templateKey: string;
  version: number;
  name: string;
  kind: FormKind;
  fields: FormField[];
  scoring?: { rule: ScoringRule; label: string };
  /** Shown above the signature and stored with it. */
  consentWording: string;
  consentFlag?: ConsentFlag;
}

const painChoices = (labels: readonly string[]): FormChoice[] => labels.map((label, index) => ({ value: String(index), label, score: index }));
const FUNCTION_LEVELS = ['No difficulty', 'Mild difficulty', 'Moderate difficulty', 'Severe difficulty', 'Unable to do'] as const;

const ANSWERS_TRUE = 'I confirm that the answers above are true and complete to the best of my knowledge.';

export const FORM_TEMPLATES: readonly FormTemplate[] = [
  {
    templateKey: 'intake',
    version: 1,
    name: 'New client intake',
    kind: 'intake',
    consentWording: ANSWERS_TRUE,
    fields: [
      { key: 'reason', label: 'What brings you in?', type: 'long_text', required: true },
      { key: 'onset', label: 'When did it start?', type: 'date', required: false },
      { key: 'painNow', label: 'Pain right now (0 = none, 10 = worst imaginable)', type: 'scale', required: true, min: 0, max: 10 },
      { key: 'regions', label: 'Where is the problem?', type: 'multiple_choice', required: false, choices: ['Neck', 'Upper back', 'Lower back', 'Shoulder', 'Elbow', 'Wrist/hand', 'Hip', 'Knee', 'Ankle/foot', 'Head'].map((label) => ({ value: label.toLowerCase().replace(/[^a-z]+/g, '_'), label })) },
      { key: 'medications', label: 'Medications you take', type: 'long_text', required: false },
      { key: 'surgeries', label: 'Have you had surgery in the last 2 years?', type: 'yes_no', required: true },
      { key: 'conditions', label: 'Other medical conditions (heart, diabetes, pregnancy, ...)', type: 'long_text', required: false },
      { key: 'emergencyContact', label: 'Emergency contact (name and phone)', type: 'short_text', required: true },
    ],
  },
  {
    templateKey: 'consent-treatment',
    version: 1,
    name: 'Consent to treatment',
    kind: 'consent',
    consentFlag: 'treatment',
    consentWording:
      'I consent to assessment and treatment by the clinic’s practitioners. The nature, benefits and risks of treatment and the alternatives have been explained to me. I may ask questions and withdraw this consent at any time.',
    fields: [{ key: 'understood', label: 'I have read and understood the information about my treatment.', type: 'yes_no', required: true }],
  },
  {
    templateKey: 'consent-privacy',
    version: 1,
    name: 'Privacy consent',
    kind: 'consent',
    consentFlag: 'privacyPolicy',
    consentWording:
      'I consent to the clinic collecting, using and keeping my personal health information to provide care, to bill me or my insurer, and as required by law, as described in the clinic’s privacy policy.',
    fields: [{ key: 'insurerSharing', label: 'The clinic may share visit and billing details with my insurer.', type: 'yes_no', required: true }],
  },
  {
    templateKey: 'function-check',
    version: 1,
    name: 'Pain and function check',
    kind: 'outcome_measure',
    consentWording: ANSWERS_TRUE,
    scoring: { rule: 'percent_of_max', label: 'Disability (%)' },
    fields: [
      { key: 'pain', label: 'Pain intensity', type: 'single_choice', required: true, scored: true, choices: painChoices(['None', 'Mild', 'Moderate', 'Severe', 'Worst imaginable']) },
      { key: 'care', label: 'Washing and dressing', type: 'single_choice', required: true, scored: true, choices: painChoices(FUNCTION_LEVELS) },
      { key: 'lifting', label: 'Lifting', type: 'single_choice', required: true, scored: true, choices: painChoices(FUNCTION_LEVELS) },
      { key: 'walking', label: 'Walking', type: 'single_choice', required: true, scored: true, choices: painChoices(FUNCTION_LEVELS) },
      { key: 'sleeping', label: 'Sleeping', type: 'single_choice', required: true, scored: true, choices: painChoices(FUNCTION_LEVELS) },
      { key: 'work', label: 'Work and daily activities', type: 'single_choice', required: true, scored: true, choices: painChoices(FUNCTION_LEVELS) },
    ],
  },
  {
    templateKey: 'activity-scale',
    version: 1,
    name: 'Activity scale (patient-specific)',
    kind: 'outcome_measure',
    consentWording: ANSWERS_TRUE,
    scoring: { rule: 'mean', label: 'Mean ability (0-10)' },
    fields: [1, 2, 3].flatMap((n) => [
      { key: `activity${n}`, label: `Activity ${n} you find hard`, type: 'short_text' as const, required: n === 1 },
      { key: `ability${n}`, label: `How well can you do activity ${n}? (0 = unable, 10 = as before)`, type: 'scale' as const, required: n === 1, min: 0, max: 10, scored: true },
    ]),
  },
];

export function findFormTemplate(templateKey: string): FormTemplate | undefined {
  return FORM_TEMPLATES.find((template) => template.templateKey === templateKey);
}
