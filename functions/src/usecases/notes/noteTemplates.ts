/** Note templates (K6): listed (seeding the defaults on a clinic's first look), created, changed as new revisions. */
import { ConflictError, type CreateNoteTemplate, DomainError, type NoteTemplate, type UpdateNoteTemplate, withRegionOptions } from '@casefile/core';
import type { StoredNoteTemplate } from '@casefile/db';
import type { StaffContext } from '../context';
import { ensureDefaultTemplates } from './ensureDefaultTemplates';
import { toNoteTemplate } from './noteViews';

export async function listNoteTemplates(context: StaffContext, query: { disciplineId?: string | undefined; includeInactive: boolean }): Promise<{ items: NoteTemplate[] }> {
  const templates = await ensureDefaultTemplates(context.repos, context.runtime.clock.now());
  const items = templates
    .filter((template) => query.includeInactive || template.active)
    .filter((template) => !query.disciplineId || !template.disciplineId || template.disciplineId === query.disciplineId)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map(toNoteTemplate);
  return { items };
}

export async function getNoteTemplate({ repos }: StaffContext, templateId: string): Promise<NoteTemplate> {
  return toNoteTemplate(await repos.noteTemplates.get(templateId));
}

export async function createNoteTemplate({ repos, runtime }: StaffContext, input: CreateNoteTemplate): Promise<NoteTemplate> {
  await assertDiscipline(repos, input.disciplineId);
  const at = runtime.clock.now().toISOString();
  const item: StoredNoteTemplate = { ...input, sections: withRegionOptions(input.sections), clinicId: repos.clinicId, templateId: runtime.newId(), revision: 1, createdAt: at, updatedAt: at, createdBy: repos.actor, updatedBy: repos.actor, version: 1 };
  const outcome = await repos.noteTemplates.create(item);
  if (!outcome.written) throw new ConflictError('The template could not be saved; try again.', 'concurrent_change');
  return toNoteTemplate(item);
}

/**
 * A change of name or sections is a new revision: notes keep the sections they were written on (a
 * copy), so no note ever changes under its author or reader.
 */
export async function updateNoteTemplate({ repos, runtime }: StaffContext, templateId: string, patch: UpdateNoteTemplate): Promise<NoteTemplate> {
  const current = await repos.noteTemplates.get(templateId);
  if (patch.disciplineId) await assertDiscipline(repos, patch.disciplineId);
  const { disciplineId, ...fields } = patch;
  if (fields.sections) fields.sections = withRegionOptions(fields.sections);
  const next: StoredNoteTemplate = { ...current, ...fields, updatedAt: runtime.clock.now().toISOString(), updatedBy: repos.actor, version: current.version + 1 };
  if (disciplineId === null) delete next.disciplineId;
  else if (disciplineId) next.disciplineId = disciplineId;
  if (patch.name !== undefined || patch.sections !== undefined) next.revision = current.revision + 1;
  const outcome = await repos.noteTemplates.replace(next, current.version);
  if (!outcome.written) throw new ConflictError('The template was changed by someone else at the same time; reload and try again.', 'concurrent_change');
  return toNoteTemplate(next);
}

async function assertDiscipline(repos: StaffContext['repos'], disciplineId: string | undefined): Promise<void> {
  if (!disciplineId) return;
  await repos.disciplines.get(disciplineId).catch((error: unknown) => {
    throw new DomainError('bad_request', 'No such discipline.', { code: 'validation', issues: [{ path: 'disciplineId', message: 'No such discipline.' }] }, { cause: error });
  });
}
