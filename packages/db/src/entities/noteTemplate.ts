import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { NOTE_TEMPLATE_KINDS, type NoteSection } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** A clinic's note template. Notes copy the sections they are written on, so a revision never changes a note. */
export const NoteTemplateEntity = new Entity({
  model: { entity: 'noteTemplate', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    templateId: { type: 'string', required: true, readOnly: true },
    name: { type: 'string', required: true },
    kind: { type: NOTE_TEMPLATE_KINDS, required: true },
    disciplineId: { type: 'string' },
    sections: { type: CustomAttributeType<NoteSection[]>('any'), required: true },
    active: { type: 'boolean', required: true },
    revision: { type: 'number', required: true },
    seedKey: { type: 'string' },
    ...recordMetaAttributes,
  },
  indexes: {
    /** A clinic's templates: few, read together. */
    primary: { pk: { field: 'pk', composite: ['clinicId'] }, sk: { field: 'sk', composite: ['templateId'] } },
  },
});

export type StoredNoteTemplate = EntityItem<typeof NoteTemplateEntity>;
