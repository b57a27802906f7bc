/** Checking a client's answers against the template they were asked, and scoring them (pure). */
import type { FieldIssue } from '../errors';
import type { FormField, FormTemplate, ScoringRule } from './formTemplates';
import { canonicalJson } from '../clinical/contentHash';

export type FormAnswer = string | number | boolean | string[];
export type FormAnswers = Readonly<Record<string, FormAnswer>>;

/** Problems with the answers, each at `answers.<key>`; empty when they fit the template. */
export function checkFormAnswers(template: Pick<FormTemplate, 'fields'>, answers: FormAnswers): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const known = new Set(template.fields.map((field) => field.key));
  for (const key of Object.keys(answers)) if (!known.has(key)) issues.push({ path: `answers.${key}`, message: 'This form has no such question.' });
  for (const field of template.fields) {
    const answer = answers[field.key];
    const problem = answer === undefined || answer === '' || (Array.isArray(answer) && answer.length === 0) ? (field.required ? 'Required.' : undefined) : answerProblem(field, answer);
    if (problem) issues.push({ path: `answers.${field.key}`, message: problem });
  }
  return issues;
}

function answerProblem(field: FormField, answer: FormAnswer): string | undefined {
  const values = new Set((field.choices ?? []).map((choice) => choice.value));
  switch (field.type) {
    case 'short_text':
      return typeof answer === 'string' && answer.length <= 500 ? undefined : 'Must be text of at most 500 characters.';
    case 'long_text':
      return typeof answer === 'string' && answer.length <= 5000 ? undefined : 'Must be text of at most 5000 characters.';
    case 'date':
      return typeof answer === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(answer) ? undefined : 'Must be a date, YYYY-MM-DD.';
    case 'yes_no':
      return typeof answer === 'boolean' ? undefined : 'Must be yes or no.';
    case 'single_choice':
      return typeof answer === 'string' && values.has(answer) ? undefined : 'Must be one of the choices.';
    case 'multiple_choice':
      return Array.isArray(answer) && answer.every((value) => values.has(value)) && new Set(answer).size === answer.length ? undefined : 'Must be some of the choices, each once.';
    case 'number':
    case 'scale': {
      const min = field.min ?? 0;
      const max = field.max ?? (field.type === 'scale' ? 10 : Number.MAX_SAFE_INTEGER);
      return typeof answer === 'number' && Number.isFinite(answer) && answer >= min && answer <= max && (field.type === 'number' || Number.isInteger(answer)) ? undefined : `Must be a number from ${min} to ${max}.`;
    }
  }
}

export interface FormScore {
  rule: ScoringRule;
  label: string;
  /** Rounded to one decimal. */
  value: number;
  /** How many scored questions were answered, of how many. */
  answered: number;
  of: number;
}

/** The template's score of these answers; undefined for an unscored template or when no scored question was answered. */
export function scoreFormAnswers(template: Pick<FormTemplate, 'fields' | 'scoring'>, answers: FormAnswers): FormScore | undefined {
  if (!template.scoring) return undefined;
  const scored = template.fields.filter((field) => field.scored);
  const points: { got: number; max: number }[] = [];
  for (const field of scored) {
    const answer = answers[field.key];
    if (field.type === 'scale' && typeof answer === 'number') points.push({ got: answer, max: field.max ?? 10 });
    if (field.type === 'single_choice' && typeof answer === 'string') {
      const choice = field.choices?.find((candidate) => candidate.value === answer);
      if (choice?.score !== undefined) points.push({ got: choice.score, max: Math.max(...(field.choices ?? []).map((candidate) => candidate.score ?? 0)) });
    }
  }
  if (points.length === 0) return undefined;
  const sum = points.reduce((total, point) => total + point.got, 0);
  const max = points.reduce((total, point) => total + point.max, 0);
  const raw = template.scoring.rule === 'sum' ? sum : template.scoring.rule === 'mean' ? sum / points.length : max === 0 ? 0 : (sum / max) * 100;
  return { rule: template.scoring.rule, label: template.scoring.label, value: Math.round(raw * 10) / 10, answered: points.length, of: scored.length };
}

/** What a submission's hash covers: who and what was asked, the answers, the score and the signature. */
export function formSubmissionContent(form: {
  formId: string;
  caseId: string;
  clientId: string;
  template: unknown;
  answers?: unknown;
  score?: unknown;
  signature?: unknown;
  submittedAt?: string | undefined;
}): string {
  return canonicalJson({ formId: form.formId, caseId: form.caseId, clientId: form.clientId, template: form.template, answers: form.answers, score: form.score, signature: form.signature, submittedAt: form.submittedAt });
}
