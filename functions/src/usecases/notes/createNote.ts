import { ConflictError, copyForwardValues, DomainError, type Note, type NoteValues, NotFoundError } from '@casefile/core';
import type { StoredNote } from '@casefile/db';
import type { StaffContext } from '../context';
import { memberNames } from './memberNames';
import { toFullNote } from './noteViews';

export interface CreateNoteRequest {
  templateId: string;
  appointmentId?: string | undefined;
  copyForward: boolean;
}

/**
 * A new draft on a case, written by the caller against a copy of the template's sections; with copy
 * forward it starts from the case's last signed note (whose read is recorded as such).
 */
export async function createNote(context: StaffContext, caseId: string, request: CreateNoteRequest): Promise<Note> {
  const { repos, runtime, caller } = context;
  const [caseFile, template] = await Promise.all([repos.cases.get(caseId), repos.noteTemplates.get(request.templateId).catch(unlessMissing)]);
  if (!template || !template.active) throw fieldProblem('templateId', 'No such active note template.');
  if (request.appointmentId) {
    const appointment = await repos.appointments.get(request.appointmentId).catch(unlessMissing);
    if (!appointment || appointment.caseId !== caseId) throw fieldProblem('appointmentId', 'No such appointment on this case.');
  }
  let values: NoteValues = {};
  let copiedFromNoteId: string | undefined;
  if (request.copyForward) {
    const lastSigned = (await repos.notes.listByCase(caseId))
      .filter((note) => note.status === 'signed')
      .sort((a, b) => (a.signedAt! < b.signedAt! ? -1 : 1))
      .at(-1);
    if (!lastSigned) throw new ConflictError('This case has no signed note to copy forward from.', 'nothing_to_copy');
    values = copyForwardValues(lastSigned, template.sections);
    copiedFromNoteId = lastSigned.noteId;
    await repos.clinicalAccess.recordRead({ caseId, subjectType: 'note', subjectId: lastSigned.noteId, action: 'copied' });
  }
  const at = runtime.clock.now().toISOString();
  const item: StoredNote = {
    clinicId: repos.clinicId,
    noteId: runtime.newId(),
    caseId,
    clientId: caseFile.clientId,
    ...(request.appointmentId ? { appointmentId: request.appointmentId } : {}),
    authorId: caller.memberId,
    templateId: template.templateId,
    templateName: template.name,
    templateRevision: template.revision,
    sections: template.sections,
    values,
    status: 'draft',
    ...(copiedFromNoteId ? { copiedFromNoteId } : {}),
    createdAt: at,
    updatedAt: at,
    createdBy: caller.memberId,
    updatedBy: caller.memberId,
    version: 1,
  };
  const outcome = await repos.notes.create(item);
  if (!outcome.written) throw new ConflictError('The note could not be saved; try again.', 'concurrent_change');
  return toFullNote(item, await memberNames(repos), []);
}

/** A missing record is an answer (undefined); any other failure stays a failure. */
function unlessMissing(error: unknown): undefined {
  if (error instanceof NotFoundError) return undefined;
  throw error;
}

function fieldProblem(path: string, message: string): DomainError {
  return new DomainError('bad_request', message, { code: 'validation', issues: [{ path, message }] });
}
