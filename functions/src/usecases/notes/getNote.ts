import type { Note } from '@casefile/core';
import type { StaffContext } from '../context';
import { memberNames } from './memberNames';
import { mayReadContent, readNote } from './noteAccess';
import { toFullNote, toNoteSummary } from './noteViews';
import { isDraftOverdue } from './overdueDraft';

/**
 * One note. Clinical roles get its content and addenda, and the read is recorded (audit event and
 * the case's access history); the front desk and billing get that it exists and its status only.
 */
export async function getNote(context: StaffContext, noteId: string): Promise<Note> {
  const { repos, runtime } = context;
  const note = await readNote(context, noteId);
  const [names, overdue] = await Promise.all([memberNames(repos), isDraftOverdue(repos, note, runtime.clock.now())]);
  if (!mayReadContent(context)) return toNoteSummary(note, names, overdue);
  const addenda = await repos.notes.addenda(noteId);
  await repos.clinicalAccess.recordRead({ caseId: note.caseId, subjectType: 'note', subjectId: noteId, action: 'read' });
  return toFullNote(note, names, addenda, overdue);
}
