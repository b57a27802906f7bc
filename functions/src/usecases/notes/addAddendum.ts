import { ConflictError, hashSignedAddendum, type NoteAddendum } from '@casefile/core';
import type { StoredNoteAddendum } from '@casefile/db';
import type { StaffContext } from '../context';
import { memberNames } from './memberNames';
import { readNote } from './noteAccess';
import { toAddendum } from './noteViews';

/** A dated addition to a signed note, signed by whoever writes it; the note itself is never written. */
export async function addAddendum(context: StaffContext, noteId: string, text: string): Promise<NoteAddendum> {
  const { repos, runtime, caller } = context;
  const note = await readNote(context, noteId);
  if (note.status !== 'signed') throw new ConflictError('Addenda are for signed notes; edit the draft instead.', 'note_not_signed');
  const addendumId = runtime.newId();
  const signedAt = runtime.clock.now().toISOString();
  const contentHash = await hashSignedAddendum({ addendumId, noteId, authorId: caller.memberId, text, signedAt });
  const item: StoredNoteAddendum = { clinicId: repos.clinicId, noteId, addendumId, authorId: caller.memberId, text, signedAt, contentHash, updatedAt: signedAt, updatedBy: caller.memberId };
  const outcome = await repos.notes.addAddendum(item);
  if (!outcome.written) throw new ConflictError('The addendum could not be saved; try again.', 'concurrent_change');
  return toAddendum(item, await memberNames(repos));
}
