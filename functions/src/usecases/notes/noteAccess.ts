/** The rules of who may do what with one note, beyond the route's action (P5). */
import { ConflictError, DomainError, isAllowed, NotFoundError } from '@casefile/core';
import type { StoredNote } from '@casefile/db';
import type { StaffContext } from '../context';

export async function readNote({ repos }: Pick<StaffContext, 'repos'>, noteId: string): Promise<StoredNote> {
  const note = await repos.notes.find(noteId);
  if (!note) throw new NotFoundError('Note');
  return note;
}

/** Whether the caller's role may see clinical content, or only that a note exists and its status. */
export function mayReadContent({ caller }: Pick<StaffContext, 'caller'>): boolean {
  return isAllowed(caller.role, 'notes:read');
}

/** Drafts are edited and signed by their author only; signed notes are never edited. */
export function assertAuthorsDraft({ caller }: Pick<StaffContext, 'caller'>, note: StoredNote, doing: 'edit' | 'sign'): void {
  if (note.status === 'signed') {
    throw new ConflictError(doing === 'sign' ? 'This note is signed already.' : 'This note is signed and can no longer change; add an addendum instead.', 'note_signed');
  }
  if (note.authorId !== caller.memberId) {
    throw new DomainError('forbidden', doing === 'sign' ? 'Only the author of a note can sign it.' : 'Only the author of a draft can change it.', { code: 'not_author' });
  }
}
