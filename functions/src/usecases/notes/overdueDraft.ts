import { isNoteOverdue } from '@casefile/core';
import type { ClinicRepositories, StoredNote } from '@casefile/db';

/** Whether an unsigned note's visit is past the 24 hours a note is due in. */
export async function isDraftOverdue(repos: ClinicRepositories, note: StoredNote, now: Date): Promise<boolean> {
  if (note.status === 'signed' || !note.appointmentId) return false;
  const [visit] = await repos.appointments.getMany([note.appointmentId]);
  return visit ? isNoteOverdue(visit, false, now) : false;
}

/** The same for many drafts at once: one batch read of their visits. */
export async function overdueDraftIds(repos: ClinicRepositories, notes: readonly StoredNote[], now: Date): Promise<Set<string>> {
  const drafts = notes.filter((note) => note.status === 'draft' && note.appointmentId);
  const visits = new Map((await repos.appointments.getMany([...new Set(drafts.map((note) => note.appointmentId!))])).map((visit) => [visit.appointmentId, visit]));
  return new Set(drafts.filter((note) => {
    const visit = visits.get(note.appointmentId!);
    return visit ? isNoteOverdue(visit, false, now) : false;
  }).map((note) => note.noteId));
}
