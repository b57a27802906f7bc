/**
 * A clinic's own form templates (K6): which designs make a usable form, and what a change of one
 * makes. A change of what a client is asked is a new revision; requests already sent keep the copy
 * they were filled on. A scored measure keeps its scoring rule for life, so its trend over a case's
 * visits stays comparable from revision to revision.
 */
import type { FieldIssue } from '../errors';
import type { FormField, FormTemplate } from './formTemplates';

/** What a clinic designs: a template without its key and revision. */
export type FormTemplateDesign = Omit<FormTemplate, 'templateKey' | 'version'>;

/** A stored clinic template's state as the rules see it. */
export interface ClinicFormTemplateState extends FormTemplateDesign {
  revision: number;
  active: boolean;
}

export type FormTemplateChange = Partial<Omit<FormTemplateDesign, 'kind' | 'scoring' | 'consentFlag'>> & {
  scoring?: FormTemplate['scoring'] | null;
  consentFlag?: FormTemplate['consentFlag'] | null;
  active?: boolean;
};

/** Problems with a design, at domain paths (`fields.2.choices`); empty when it makes a usable form. */
export function checkFormTemplateDesign(design: FormTemplateDesign): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<string>();
  design.fields.forEach((field, index) => {
    if (seen.has(field.key)) issues.push({ path: `fields.${index}.key`, message: 'Each question needs its own key.' });
    seen.add(field.key);
    issues.push(...fieldIssues(field, `fields.${index}`));
  });
  const scored = design.fields.filter((field) => field.scored);
  if (design.scoring && scored.length === 0) issues.push({ path: 'scoring', message: 'A scoring rule needs at least one scored question.' });
  if (!design.scoring && scored.length > 0) issues.push({ path: 'scoring', message: 'Scored questions need a scoring rule (sum, mean or percent of maximum).' });
  if (design.kind === 'outcome_measure' && !design.scoring) issues.push({ path: 'scoring', message: 'An outcome measure is scored: give it a scoring rule.' });
  if (design.consentFlag && design.kind !== 'consent') issues.push({ path: 'consentFlag', message: 'Only a consent form sets a consent flag.' });
  return issues;
}

function fieldIssues(field: FormField, path: string): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const hasChoices = field.type === 'single_choice' || field.type === 'multiple_choice';
  const choices = field.choices ?? [];
  if (hasChoices && choices.length < 2) issues.push({ path: `${path}.choices`, message: 'A choice question needs at least two choices.' });
  if (!hasChoices && choices.length > 0) issues.push({ path: `${path}.choices`, message: 'Only choice questions have choices.' });
  if (new Set(choices.map((choice) => choice.value)).size !== choices.length) issues.push({ path: `${path}.choices`, message: 'Each choice needs its own value.' });
  if (field.min !== undefined && field.max !== undefined && field.min > field.max) issues.push({ path: `${path}.max`, message: 'Must be at least the minimum.' });
  if ((field.min !== undefined || field.max !== undefined) && field.type !== 'number' && field.type !== 'scale') issues.push({ path: `${path}.min`, message: 'Only number and scale questions have bounds.' });
  if (field.scored) {
    if (field.type !== 'scale' && field.type !== 'single_choice') issues.push({ path: `${path}.scored`, message: 'Only scale and single-choice questions can be scored.' });
    if (field.type === 'single_choice' && choices.some((choice) => choice.score === undefined)) issues.push({ path: `${path}.choices`, message: 'Every choice of a scored question needs a score.' });
  }
  return issues;
}

/** Fields whose change alters what a client is asked or signs: a new revision. */
const ASKED: readonly (keyof FormTemplateChange)[] = ['name', 'fields', 'scoring', 'consentWording', 'consentFlag'];

/**
 * The template after a change, or the issues that refuse it. Retiring (`active: false`) or restoring
 * alone keeps the revision; the kind never changes; a scored measure's rule never changes.
 */
export function reviseFormTemplate(current: ClinicFormTemplateState, change: FormTemplateChange): { next: ClinicFormTemplateState } | { issues: FieldIssue[] } {
  const { scoring, consentFlag, ...rest } = change;
  const next: ClinicFormTemplateState = { ...current, ...stripUndefined(rest) };
  if (scoring === null) delete next.scoring;
  else if (scoring) next.scoring = scoring;
  if (consentFlag === null) delete next.consentFlag;
  else if (consentFlag) next.consentFlag = consentFlag;
  const issues = checkFormTemplateDesign(next);
  if (current.scoring && next.scoring?.rule !== current.scoring.rule) {
    issues.push({ path: 'scoring.rule', message: `A scored measure keeps its scoring rule (${current.scoring.rule}) so its trend stays comparable; make a new template for another rule.` });
  }
  if (issues.length > 0) return { issues };
  if (ASKED.some((key) => change[key] !== undefined)) next.revision = current.revision + 1;
  return { next };
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}
