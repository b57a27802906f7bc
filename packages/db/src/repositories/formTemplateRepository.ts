import type { StoredFormSettings } from '../entities/formSettings';
import type { StoredFormTemplate } from '../entities/formTemplate';
import { type RepositoryContext, stampNew, stampUpdate } from './context';
import { isConditionFailure } from './errors';
import { onVersionRead } from './writePrecondition';
import { readOrThrow, type VersionedEntity } from './versionedWrite';

export type { StoredFormTemplate } from '../entities/formTemplate';

/** A clinic's own form templates and its form settings. Writes are conditioned: a new id must be new, a change on the version read. */
export function createFormTemplateRepository(ctx: RepositoryContext) {
  const { formTemplate, formSettings } = ctx.service.entities;
  const versioned: VersionedEntity = formTemplate;

  return {
    /** Every template of the clinic (tens, not thousands). */
    async listAll(): Promise<StoredFormTemplate[]> {
      const result = await formTemplate.query.primary({ clinicId: ctx.clinicId }).go({ pages: 'all' });
      return result.data;
    },

    get: (templateId: string) => readOrThrow<StoredFormTemplate>(versioned, { clinicId: ctx.clinicId, templateId }, 'Form template'),

    async create(item: Omit<StoredFormTemplate, 'clinicId' | 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'version'>): Promise<StoredFormTemplate> {
      const stored: StoredFormTemplate = { ...item, clinicId: ctx.clinicId, ...stampNew(ctx) };
      await formTemplate.create(stored).go();
      return stored;
    },

    /** Puts the template's next state, conditioned on the version it was decided from; undefined when that version moved on. */
    async replace(current: StoredFormTemplate, next: Omit<StoredFormTemplate, 'createdAt' | 'updatedAt' | 'createdBy' | 'updatedBy' | 'version'>): Promise<StoredFormTemplate | undefined> {
      const stored: StoredFormTemplate = { ...next, clinicId: ctx.clinicId, ...stampUpdate(ctx, current) };
      try {
        await formTemplate
          .put(stored)
          .where((attributes, { eq }) => onVersionRead({ templateId: current.templateId }, attributes, eq, current.version))
          .go();
        return stored;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },

    async getSettings(): Promise<StoredFormSettings | undefined> {
      const result = await formSettings.get({ clinicId: ctx.clinicId }).go();
      return result.data ?? undefined;
    },

    /** Replaces the settings, conditioned on the version read (none yet: must still be absent); false when it moved on. */
    async putSettings(current: StoredFormSettings | undefined, onlineBookingTemplateKeys: string[]): Promise<StoredFormSettings | undefined> {
      const stored: StoredFormSettings = { clinicId: ctx.clinicId, onlineBookingTemplateKeys, ...(current ? stampUpdate(ctx, current) : stampNew(ctx)) };
      try {
        if (current) await formSettings.put(stored).where(({ version }, { eq }) => eq(version, current.version)).go();
        else await formSettings.create(stored).go();
        return stored;
      } catch (error) {
        if (isConditionFailure(error)) return undefined;
        throw error;
      }
    },
  };
}
