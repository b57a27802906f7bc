/** The notes API as the console uses it: queries, and the calls the editor makes. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Schemas, unwrap } from '../api/client';

export type Note = Schemas['Note'];
export type NoteSection = Schemas['NoteSection'];
export type NoteValue = string | number | string[];
export type NoteValues = Record<string, NoteValue>;

export const caseNotesKey = (caseId: string) => ['case-notes', caseId] as const;
export const noteKey = (noteId: string) => ['note', noteId] as const;

export function useCaseNotes(caseId: string) {
  return useQuery({ queryKey: caseNotesKey(caseId), queryFn: () => unwrap(api.GET('/api/cases/{id}/notes', { params: { path: { id: caseId } } })) });
}

export function useNote(noteId: string | undefined) {
  return useQuery({
    queryKey: noteKey(noteId ?? ''),
    enabled: Boolean(noteId),
    // Each read of a note's content is audited: read it when opened, not on every focus.
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    queryFn: () => unwrap(api.GET('/api/notes/{id}', { params: { path: { id: noteId! } } })),
  });
}

export function useNoteTemplates() {
  return useQuery({ queryKey: ['note-templates'], queryFn: () => unwrap(api.GET('/api/note-templates', { params: { query: {} } })) });
}

export function useMyUnsignedNotes() {
  return useQuery({ queryKey: ['my-unsigned-notes'], queryFn: () => unwrap(api.GET('/api/notes', { params: { query: { author: 'me', status: 'draft', limit: 100 } } })) });
}

export function useRefreshNotes() {
  const client = useQueryClient();
  return (caseId: string, note?: Note) => {
    if (note) client.setQueryData(noteKey(note.noteId), note);
    void client.invalidateQueries({ queryKey: caseNotesKey(caseId) });
    void client.invalidateQueries({ queryKey: ['my-unsigned-notes'] });
  };
}

/** The outcome of an autosave: saved, or a conflict carrying the note as it now is. */
export type SaveOutcome = { kind: 'saved'; note: Note } | { kind: 'conflict'; note: Note } | { kind: 'failed'; message: string };

export async function saveDraftValues(noteId: string, version: number, values: Record<string, NoteValue | null>): Promise<SaveOutcome> {
  const { data, error, response } = await api.PATCH('/api/notes/{id}', { params: { path: { id: noteId } }, body: { version, values } });
  if (data) return { kind: 'saved', note: data };
  // A 409 on a draft's version carries the newer note (the problem document's extra members).
  const problem = (error ?? {}) as { note?: Note; detail?: string };
  if (response.status === 409 && problem.note) return { kind: 'conflict', note: problem.note };
  return { kind: 'failed', message: problem.detail ?? `Saving failed (${response.status}).` };
}

/** The signed-in member's id, from the token's claims (the console's session keeps only what it shows). */
export function memberIdOf(token: string): string | undefined {
  try {
    const payload = token.split('.')[1] ?? '';
    const claims = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '='))) as Record<string, unknown>;
    const id = claims['custom:memberId'] ?? claims.sub;
    return typeof id === 'string' ? id : undefined;
  } catch {
    return undefined;
  }
}
