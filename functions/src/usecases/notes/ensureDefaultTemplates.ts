import { defaultNoteTemplates } from '@casefile/core';
import type { ClinicRepositories, StoredNoteTemplate } from '@casefile/db';

/**
 * The templates every clinic starts with (K6), written when the clinic has none yet: on its first
 * look at templates, by `create-clinic`, and by the demo seed. Their ids are deterministic and each
 * write is create-only, so two first requests at once write each template once.
 */
export async function ensureDefaultTemplates(repos: ClinicRepositories, now: Date): Promise<StoredNoteTemplate[]> {
  const existing = await repos.noteTemplates.listAll();
  if (existing.length > 0) return existing;
  const disciplines = await repos.disciplines.list({ limit: 100 });
  const at = now.toISOString();
  for (const template of defaultNoteTemplates(repos.clinicId, disciplines.items)) {
    await repos.noteTemplates.create({
      ...template,
      clinicId: repos.clinicId,
      active: true,
      revision: 1,
      createdAt: at,
      updatedAt: at,
      createdBy: repos.actor,
      updatedBy: repos.actor,
      version: 1,
    });
  }
  return repos.noteTemplates.listAll();
}
