import type { StoredNote } from '../entities/note';
import type { StoredNoteAddendum } from '../entities/noteAddendum';
import type { Page, PageRequest, RepositoryContext } from './context';
import { isConditionFailure } from './errors';
import { onVersionRead } from './writePrecondition';
import { queryPage } from './paging';
import { readRetryingConflicts } from './transactionWrite';

export type { StoredNote } from '../entities/note';
export type { StoredNoteAddendum } from '../entities/noteAddendum';

export type NoteWriteOutcome = { written: true } | { written: false; conflict: true };

/**
 * Chart notes and their addenda. A draft is written with a condition on the version it was decided
 * from and on still being a draft, so a signed note is never written again and of two concurrent
 * saves exactly one lands.
 */
export function createNoteRepository(ctx: RepositoryContext) {
  const { note, noteAddendum } = ctx.service.entities;
  const keysOf = (noteId: string) => ({ clinicId: ctx.clinicId, noteId });

  return {
    async find(noteId: string): Promise<StoredNote | undefined> {
      const result = await readRetryingConflicts(() => note.get(keysOf(noteId)).go({ consistent: true }));
      return result.data ?? undefined;
    },

    async create(item: StoredNote): Promise<NoteWriteOutcome> {
      try {
        await note.create({ ...item, ...keysOf(item.noteId) }).go();
        return { written: true };
      } catch (error) {
        if (isConditionFailure(error)) return { written: false, conflict: true };
        throw error;
      }
    },

    /** Puts the note's next state if it is still the draft at `expectedVersion`. */
    async replaceDraft(next: StoredNote, expectedVersion: number): Promise<NoteWriteOutcome> {
      try {
        await note
          .put({ ...next, ...keysOf(next.noteId) })
          .where((attributes, { eq }) => `${onVersionRead({ noteId: next.noteId }, attributes, eq, expectedVersion)} AND ${eq(attributes.status, 'draft')}`)
          .go();
        return { written: true };
      } catch (error) {
        if (isConditionFailure(error)) return { written: false, conflict: true };
        throw error;
      }
    },

    /** Every note of a case, oldest first (a case has tens to a few hundred). */
    async listByCase(caseId: string): Promise<StoredNote[]> {
      const result = await readRetryingConflicts(() => note.query.byCase({ clinicId: ctx.clinicId, caseId }).go({ pages: 'all' }));
      return result.data;
    },

    /** An author's notes, of one status or all, newest first. */
    listByAuthor(authorId: string, status: StoredNote['status'] | undefined, page: PageRequest): Promise<Page<StoredNote>> {
      const query = status
        ? note.query.byAuthor({ clinicId: ctx.clinicId, authorId, status })
        : note.query.byAuthor({ clinicId: ctx.clinicId, authorId });
      return queryPage(query, page, (item) => item, 'desc');
    },

    /** A signed note's addenda, oldest first. */
    async addenda(noteId: string): Promise<StoredNoteAddendum[]> {
      const result = await noteAddendum.query.primary(keysOf(noteId)).go({ pages: 'all' });
      return result.data;
    },

    /** Writes a new addendum (never over another one); the note item is not touched. */
    async addAddendum(item: StoredNoteAddendum): Promise<NoteWriteOutcome> {
      try {
        await noteAddendum.create({ ...item, clinicId: ctx.clinicId }).go();
        return { written: true };
      } catch (error) {
        if (isConditionFailure(error)) return { written: false, conflict: true };
        throw error;
      }
    },
  };
}
