import type { StoredNoteTemplate } from '../entities/noteTemplate';
import type { RepositoryContext } from './context';
import { isConditionFailure } from './errors';
import { onVersionRead } from './writePrecondition';
import { readOrThrow, type VersionedEntity } from './versionedWrite';

export type { StoredNoteTemplate } from '../entities/noteTemplate';

/** A clinic's note templates. Writes are conditioned: a new id must be new, a change must be on the version read. */
export function createNoteTemplateRepository(ctx: RepositoryContext) {
  const { noteTemplate } = ctx.service.entities;
  const versioned: VersionedEntity = noteTemplate;

  return {
    /** Every template of the clinic (a clinic has tens, not thousands). */
    async listAll(): Promise<StoredNoteTemplate[]> {
      const result = await noteTemplate.query.primary({ clinicId: ctx.clinicId }).go({ pages: 'all' });
      return result.data;
    },

    get: (templateId: string) => readOrThrow<StoredNoteTemplate>(versioned, { clinicId: ctx.clinicId, templateId }, 'Note template'),

    /** Writes a template that must not exist yet; `{ written: false }` when its id is taken (a seed ran already). */
    async create(item: StoredNoteTemplate): Promise<{ written: boolean }> {
      try {
        await noteTemplate.create({ ...item, clinicId: ctx.clinicId }).go();
        return { written: true };
      } catch (error) {
        if (isConditionFailure(error)) return { written: false };
        throw error;
      }
    },

    /** Puts the template's next state, conditioned on the version it was decided from. */
    async replace(next: StoredNoteTemplate, expectedVersion: number): Promise<{ written: boolean }> {
      try {
        await noteTemplate
          .put({ ...next, clinicId: ctx.clinicId })
          .where((attributes, { eq }) => onVersionRead({ templateId: next.templateId }, attributes, eq, expectedVersion))
          .go();
        return { written: true };
      } catch (error) {
        if (isConditionFailure(error)) return { written: false };
        throw error;
      }
    },
  };
}
