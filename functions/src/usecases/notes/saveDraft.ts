import { ConflictError, draftValueIssues, type Note, type NoteValue, ValidationError } from '@casefile/core';
import type { StoredNote } from '@casefile/db';
import type { StaffContext } from '../context';
import { memberNames } from './memberNames';
import { assertAuthorsDraft, readNote } from './noteAccess';
import { toFullNote } from './noteViews';

export interface SaveDraftRequest {
  version: number;
  values: Record<string, NoteValue | null>;
}

/**
 * Autosave of a draft, conditioned on the version the editor had: of two concurrent saves exactly
 * one is written; the other gets 409 with the newer note, so the console can show the conflict
 * instead of silently overwriting it.
 */
export async function saveDraft(context: StaffContext, noteId: string, request: SaveDraftRequest): Promise<Note> {
  const { repos, runtime, caller } = context;
  const current = await readNote(context, noteId);
  assertAuthorsDraft(context, current, 'edit');
  if (current.version !== request.version) throw await newerVersion(context, current);
  const values = { ...current.values };
  for (const [key, value] of Object.entries(request.values)) {
    if (value === null) delete values[key];
    else values[key] = value;
  }
  const issues = draftValueIssues(current.sections, values);
  if (issues.length > 0) throw new ValidationError('Some values do not fit their sections.', issues);
  const next: StoredNote = { ...current, values, updatedAt: runtime.clock.now().toISOString(), updatedBy: caller.memberId, version: current.version + 1 };
  const outcome = await repos.notes.replaceDraft(next, current.version);
  if (!outcome.written) {
    const latest = await readNote(context, noteId);
    if (latest.status === 'signed') assertAuthorsDraft(context, latest, 'edit');
    throw await newerVersion(context, latest);
  }
  return toFullNote(next, await memberNames(repos), []);
}

/** 409 carrying the note as it now is (the author's own draft), so the editor can show both. */
export async function newerVersion(context: StaffContext, latest: StoredNote): Promise<ConflictError> {
  const note = toFullNote(latest, await memberNames(context.repos), []);
  return new ConflictError('This draft was saved from somewhere else in the meantime.', 'version_conflict', { currentVersion: latest.version, note });
}
