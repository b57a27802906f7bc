/**
 * The form library (K6): the built-in templates beside the clinic's own, which a clinic creates,
 * revises and retires. A request copies the template at its current revision, so a form a client
 * was asked or signed never changes with a later revision.
 */
import {
  ConflictError,
  checkFormTemplateDesign,
  type CreateFormTemplate,
  FORM_TEMPLATES,
  findFormTemplate,
  type FormTemplate,
  type ListedFormTemplate,
  NotFoundError,
  reviseFormTemplate,
  type UpdateFormTemplate,
  ValidationError,
} from '@casefile/core';
import type { ClinicRepositories, StoredFormTemplate } from '@casefile/db';
import type { StaffContext } from '../context';

/** The template as a request copies it: key, revision and design, nothing of its storage. */
export function toFormTemplate(stored: StoredFormTemplate): FormTemplate {
  return {
    templateKey: stored.templateId,
    version: stored.revision,
    name: stored.name,
    kind: stored.kind,
    fields: stored.fields,
    ...(stored.scoring ? { scoring: stored.scoring } : {}),
    consentWording: stored.consentWording,
    ...(stored.consentFlag ? { consentFlag: stored.consentFlag } : {}),
  };
}

const toListed = (stored: StoredFormTemplate): ListedFormTemplate => ({ ...toFormTemplate(stored), source: 'clinic', active: stored.active, updatedAt: stored.updatedAt });

export async function listFormTemplates({ repos }: StaffContext, query: { includeRetired: boolean }): Promise<{ items: ListedFormTemplate[] }> {
  const own = (await repos.formTemplates.listAll()).filter((template) => query.includeRetired || template.active).sort((a, b) => a.name.localeCompare(b.name));
  return { items: [...FORM_TEMPLATES.map((template): ListedFormTemplate => ({ ...template, source: 'library', active: true })), ...own.map(toListed)] };
}

export async function getFormTemplate({ repos }: StaffContext, templateId: string): Promise<ListedFormTemplate> {
  return toListed(await repos.formTemplates.get(templateId));
}

export async function createFormTemplate({ repos, runtime }: StaffContext, input: CreateFormTemplate): Promise<ListedFormTemplate> {
  const issues = checkFormTemplateDesign(input);
  if (issues.length > 0) throw new ValidationError('The form template does not make a usable form.', issues);
  return toListed(await repos.formTemplates.create({ ...input, templateId: runtime.newId(), revision: 1, active: true }));
}

export async function updateFormTemplate({ repos }: StaffContext, templateId: string, change: UpdateFormTemplate): Promise<ListedFormTemplate> {
  const current = await repos.formTemplates.get(templateId);
  const decided = reviseFormTemplate(current, change);
  if ('issues' in decided) throw new ValidationError('The form template does not make a usable form.', decided.issues);
  const { scoring: _scoring, consentFlag: _consentFlag, ...kept } = current;
  const written = await repos.formTemplates.replace(current, { ...kept, ...decided.next, clinicId: current.clinicId, templateId });
  if (!written) throw new ConflictError('The template was changed by someone else at the same time; reload and try again.', 'concurrent_change');
  return toListed(written);
}

/** A template a new request may use: one of the library, or an active one of the clinic's own. */
export async function findRequestableTemplate(repos: ClinicRepositories, templateKey: string): Promise<FormTemplate | undefined> {
  const builtIn = findFormTemplate(templateKey);
  if (builtIn) return builtIn;
  const own = await repos.formTemplates.get(templateKey).catch((error: unknown) => {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  });
  return own?.active ? toFormTemplate(own) : undefined;
}
