import type { StaffContext } from '../../usecases/context';
import { createApiHandler, type OperationInput } from '../../http/createApiHandler';
import { BinaryBody } from '../../http/binaryBody';
import { addAddendum } from '../../usecases/notes/addAddendum';
import { caseAccessHistory } from '../../usecases/notes/caseAccessHistory';
import { createNote } from '../../usecases/notes/createNote';
import { getNote } from '../../usecases/notes/getNote';
import { listCaseNotes, listNotesByAuthor } from '../../usecases/notes/listNotes';
import { createNoteTemplate, getNoteTemplate, listNoteTemplates, updateNoteTemplate } from '../../usecases/notes/noteTemplates';
import { notePdfDocument } from '../../usecases/notes/notePdfDocument';
import { saveDraft } from '../../usecases/notes/saveDraft';
import { signNote } from '../../usecases/notes/signNote';
import { notesRoutes } from './routes';

/** `<id>.pdf` is the deprecated spelling of getNotePdf, kept until the next major version. */
async function noteOrPdf(input: OperationInput<typeof notesRoutes.getNote>) {
  if (!input.params.id.endsWith('.pdf')) return getNote(input, input.params.id);
  return notePdf(input, input.params.id.slice(0, -4));
}

async function notePdf(input: StaffContext, noteId: string) {
  const { bytes, fileName } = await notePdfDocument(input, noteId);
  return new BinaryBody('application/pdf', bytes, fileName);
}

/** Note templates and chart notes (K6), with reads of clinical content recorded (P5). */
export const handler = createApiHandler(notesRoutes, {
  listNoteTemplates: (input) => listNoteTemplates(input, input.query),
  createNoteTemplate: (input) => createNoteTemplate(input, input.body),
  getNoteTemplate: (input) => getNoteTemplate(input, input.params.id),
  updateNoteTemplate: (input) => updateNoteTemplate(input, input.params.id, input.body),
  createNote: (input) => createNote(input, input.params.id, input.body),
  listCaseNotes: (input) => listCaseNotes(input, input.params.id),
  listNotes: (input) => listNotesByAuthor(input, input.query),
  getNote: noteOrPdf,
  getNotePdf: (input) => notePdf(input, input.params.id),
  updateNote: (input) => saveDraft(input, input.params.id, input.body),
  signNote: (input) => signNote(input, input.params.id, input.body.version),
  addAddendum: (input) => addAddendum(input, input.params.id, input.body.text),
  getCaseAccessHistory: (input) => caseAccessHistory(input, input.params.id, input.query),
});
