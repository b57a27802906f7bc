import { type NoteStatus, type NoteSummary, overdueVisits } from '@casefile/core';
import type { StoredAppointment } from '@casefile/db';
import type { StaffContext } from '../context';
import { memberNames } from './memberNames';
import { toNoteSummary } from './noteViews';
import { overdueDraftIds } from './overdueDraft';

/** A case's notes (existence and status only, for every role) and its visits whose note is overdue. */
export async function listCaseNotes({ repos, runtime }: StaffContext, caseId: string) {
  await repos.cases.get(caseId);
  const [notes, visits, names] = await Promise.all([repos.notes.listByCase(caseId), allVisitsOfCase(repos, caseId), memberNames(repos)]);
  const now = runtime.clock.now();
  const overdue = await overdueDraftIds(repos, notes, now);
  const signedVisits = new Set(notes.filter((note) => note.status === 'signed' && note.appointmentId).map((note) => note.appointmentId!));
  return {
    items: notes.map((note) => toNoteSummary(note, names, overdue.has(note.noteId))),
    overdueVisits: overdueVisits(visits, signedVisits, now).map(({ appointmentId, start, end, status }) => ({ appointmentId, start, end, status })),
  };
}

/** Notes by author (`me`: the caller), e.g. a provider's unsigned notes, newest first. */
export async function listNotesByAuthor(
  { repos, runtime, caller }: StaffContext,
  query: { author: string; status?: NoteStatus | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: NoteSummary[]; nextCursor: string | null }> {
  const authorId = query.author === 'me' ? caller.memberId : query.author;
  const page = await repos.notes.listByAuthor(authorId, query.status, { limit: query.limit, cursor: query.cursor });
  const [names, overdue] = await Promise.all([memberNames(repos), overdueDraftIds(repos, page.items, runtime.clock.now())]);
  return { items: page.items.map((note) => toNoteSummary(note, names, overdue.has(note.noteId))), nextCursor: page.nextCursor };
}

async function allVisitsOfCase(repos: StaffContext['repos'], caseId: string): Promise<StoredAppointment[]> {
  const visits: StoredAppointment[] = [];
  let cursor: string | undefined;
  do {
    const page = await repos.appointments.listForCase(caseId, { limit: 100, cursor });
    visits.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return visits;
}
