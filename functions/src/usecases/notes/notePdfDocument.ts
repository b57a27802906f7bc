import { ForbiddenError } from '@casefile/core';
import { Temporal } from 'temporal-polyfill';
import type { StaffContext } from '../context';
import { memberNames } from './memberNames';
import { mayReadContent, readNote } from './noteAccess';
import { nameOf } from './noteViews';
import { renderNotePdf } from './notePdf';

/** A note printed to PDF (clinical roles only); the print is recorded like any read of its content. */
export async function notePdfDocument(context: StaffContext, noteId: string): Promise<{ bytes: Uint8Array; fileName: string }> {
  const { repos } = context;
  if (!mayReadContent(context)) throw new ForbiddenError('Your role may see that a note exists, not its content.');
  const note = await readNote(context, noteId);
  const [clinic, client, caseFile, author, addenda, names, visit, locations] = await Promise.all([
    repos.clinic.get(),
    repos.clients.get(note.clientId),
    repos.cases.get(note.caseId),
    repos.members.get(note.authorId).catch(() => undefined),
    repos.notes.addenda(noteId),
    memberNames(repos),
    note.appointmentId ? repos.appointments.getMany([note.appointmentId]).then(([found]) => found) : Promise.resolve(undefined),
    repos.locations.list({ limit: 1 }),
  ]);
  const zone = clinic.defaultTimeZone;
  const local = (instant: string) => Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDateTime().toString({ smallestUnit: 'minute' }).replace('T', ' ');
  const location = locations.items[0];
  await repos.clinicalAccess.recordRead({ caseId: note.caseId, subjectType: 'note', subjectId: noteId, action: 'printed' });
  const bytes = await renderNotePdf(note, {
    clinicName: clinic.name,
    clinicContact: [location?.address ? `${location.address.line1}, ${location.address.city}` : undefined, clinic.phone ?? location?.phone].filter(Boolean).join('   '),
    clientName: `${client.firstName} ${client.lastName}`,
    dateOfBirth: client.dateOfBirth,
    caseLabel: caseFile.caseLabel,
    visit: visit ? `${local(visit.start)} (${zone})` : undefined,
    providerName: nameOf(names, note.authorId),
    providerTitle: author?.title,
    registrationNumber: author?.registrationNumber,
    signedAtLocal: note.signedAt ? `${local(note.signedAt)} (${zone})` : undefined,
    addenda: addenda.map((addendum) => ({ ...addendum, authorName: nameOf(names, addendum.authorId), signedAtLocal: `${local(addendum.signedAt)} (${zone})` })),
  });
  return { bytes, fileName: `note-${caseFile.caseLabel}-${noteId}.pdf` };
}
