/** How stored notes are shown: a summary to everyone who sees the case, the content only to clinical roles. */
import type { Note, NoteAddendum, NoteSummary, NoteTemplate } from '@casefile/core';
import type { StoredNote, StoredNoteAddendum, StoredNoteTemplate } from '@casefile/db';

/** Member id -> display name, for authors and readers. */
export type MemberNames = ReadonlyMap<string, string>;

export function nameOf(names: MemberNames, memberId: string): string {
  return names.get(memberId) ?? (memberId.startsWith('system:') ? 'Casefile' : 'Former team member');
}

export function toNoteSummary(note: StoredNote, names: MemberNames, overdue: boolean): NoteSummary {
  return {
    noteId: note.noteId,
    caseId: note.caseId,
    clientId: note.clientId,
    ...(note.appointmentId ? { appointmentId: note.appointmentId } : {}),
    authorId: note.authorId,
    authorName: nameOf(names, note.authorId),
    templateId: note.templateId,
    templateName: note.templateName,
    status: note.status,
    version: note.version,
    ...(note.signedAt ? { signedAt: note.signedAt } : {}),
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
    overdue,
  };
}

export function toAddendum(addendum: StoredNoteAddendum, names: MemberNames): NoteAddendum {
  const { addendumId, noteId, authorId, text, signedAt, contentHash } = addendum;
  return { addendumId, noteId, authorId, authorName: nameOf(names, authorId), text, signedAt, contentHash };
}

export function toFullNote(note: StoredNote, names: MemberNames, addenda: readonly StoredNoteAddendum[], overdue = false): Note {
  return {
    ...toNoteSummary(note, names, overdue),
    content: {
      templateRevision: note.templateRevision,
      sections: note.sections,
      values: note.values,
      ...(note.contentHash ? { contentHash: note.contentHash } : {}),
      ...(note.copiedFromNoteId ? { copiedFromNoteId: note.copiedFromNoteId } : {}),
      addenda: addenda.map((addendum) => toAddendum(addendum, names)),
    },
  };
}

export function toNoteTemplate(template: StoredNoteTemplate): NoteTemplate {
  const { clinicId, templateId, name, kind, disciplineId, sections, active, revision, seedKey, createdAt, updatedAt, createdBy, updatedBy } = template;
  return {
    clinicId,
    templateId,
    name,
    kind,
    ...(disciplineId ? { disciplineId } : {}),
    sections,
    active,
    revision,
    ...(seedKey ? { seedKey } : {}),
    createdAt,
    updatedAt,
    createdBy,
    updatedBy,
  };
}
