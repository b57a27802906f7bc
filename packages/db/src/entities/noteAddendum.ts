import { Entity, type EntityItem } from 'electrodb';
import { clinicIdAttribute, SERVICE } from './shared';

/** A dated, signed addition to a signed note: written once, never changed; the note itself is not touched. */
export const NoteAddendumEntity = new Entity({
  model: { entity: 'noteAddendum', version: '1', service: SERVICE },
  attributes: {
    clinicId: clinicIdAttribute,
    noteId: { type: 'string', required: true, readOnly: true },
    addendumId: { type: 'string', required: true, readOnly: true },
    authorId: { type: 'string', required: true, readOnly: true },
    text: { type: 'string', required: true, readOnly: true },
    signedAt: { type: 'string', required: true, readOnly: true },
    contentHash: { type: 'string', required: true, readOnly: true },
    /** For the audit consumer, which names the actor from it. */
    updatedBy: { type: 'string', required: true, readOnly: true },
    updatedAt: { type: 'string', required: true, readOnly: true },
  },
  indexes: {
    primary: { pk: { field: 'pk', composite: ['clinicId', 'noteId'] }, sk: { field: 'sk', composite: ['addendumId'] } },
  },
});

export type StoredNoteAddendum = EntityItem<typeof NoteAddendumEntity>;
