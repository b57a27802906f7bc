import { hashSignedNote, type Note, signingIssues, ValidationError } from '@casefile/core';
import type { StoredNote } from '@casefile/db';
import type { StaffContext } from '../context';
import { memberNames } from './memberNames';
import { assertAuthorsDraft, readNote } from './noteAccess';
import { toFullNote } from './noteViews';
import { newerVersion } from './saveDraft';

/**
 * The author signs their draft: every required section filled, the version they saw. The note is
 * locked from then on (every later write is refused) and keeps the SHA-256 of what was signed.
 */
export async function signNote(context: StaffContext, noteId: string, version: number): Promise<Note> {
  const { repos, runtime, caller } = context;
  const current = await readNote(context, noteId);
  assertAuthorsDraft(context, current, 'sign');
  if (current.version !== version) throw await newerVersion(context, current);
  const issues = signingIssues(current.sections, current.values);
  if (issues.length > 0) throw new ValidationError('The note cannot be signed yet.', issues);
  const signedAt = runtime.clock.now().toISOString();
  const contentHash = await hashSignedNote({ ...current, signedAt });
  const next: StoredNote = { ...current, status: 'signed', signedAt, contentHash, updatedAt: signedAt, updatedBy: caller.memberId, version: current.version + 1 };
  const outcome = await repos.notes.replaceDraft(next, current.version);
  if (!outcome.written) {
    const latest = await readNote(context, noteId);
    assertAuthorsDraft(context, latest, 'sign');
    throw await newerVersion(context, latest);
  }
  return toFullNote(next, await memberNames(repos), []);
}
