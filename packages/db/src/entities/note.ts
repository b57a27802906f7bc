import { CustomAttributeType, Entity, type EntityItem } from 'electrodb';
import { NOTE_STATUSES, type NoteSection, type NoteValues } from '@casefile/core';
import { clinicIdAttribute, recordMetaAttributes, SERVICE } from './shared';

/** A chart note on a case. Written while a draft; once signed, never written again (addenda are their own items). */
export const NoteEntity = new Entity({
  model: { entity: 'note', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    noteId: { type: 'string', required: true, readOnly: true },
    caseId: { type: 'string', required: true, readOnly: true },
    clientId: { type: 'string', required: true, readOnly: true },
    appointmentId: { type: 'string', readOnly: true },
    authorId: { type: 'string', required: true, readOnly: true },
    templateId: { type: 'string', required: true, readOnly: true },
    templateName: { type: 'string', required: true, readOnly: true },
    templateRevision: { type: 'number', required: true, readOnly: true },
    sections: { type: CustomAttributeType<NoteSection[]>('any'), required: true, readOnly: true },
    values: { type: CustomAttributeType<NoteValues>('any'), required: true },
    status: { type: NOTE_STATUSES, required: true },
    signedAt: { type: 'string' },
    contentHash: { type: 'string' },
    copiedFromNoteId: { type: 'string', readOnly: true },
    ...recordMetaAttributes,
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'noteId'] }, sk: { field: 'sk', composite: [] } },
    /** A case's notes, oldest first. */
    byCase: {
      index: 'gsi2',
      pk: { field: 'gsi2pk', composite: ['clinicId', 'caseId'] },
      sk: { field: 'gsi2sk', composite: ['noteId'] },
    },
    /** An author's notes by status (a provider's unsigned notes). */
    byAuthor: {
      index: 'gsi3',
      pk: { field: 'gsi3pk', composite: ['clinicId', 'authorId'] },
      sk: { field: 'gsi3sk', composite: ['status', 'noteId'] },
    },
  },
});

export type StoredNote = EntityItem<typeof NoteEntity>;
