/**
 * The fingerprint of signed clinical content: SHA-256 (Web Crypto, so core stays free of Node
 * imports) over a canonical serialization, JSON with object keys sorted at every level, so the same
 * content always gives the same hash whatever order its fields were written in.
 */
import type { NoteSection, NoteValues } from './templateSections';

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What a signature covers: who signed what, on which case and visit, when, against which sections. */
export interface SignedNoteContent {
  noteId: string;
  caseId: string;
  appointmentId?: string | undefined;
  authorId: string;
  templateId: string;
  templateRevision: number;
  sections: readonly NoteSection[];
  values: NoteValues;
  signedAt: string;
}

/** What an addendum's signature covers. */
export interface SignedAddendumContent {
  addendumId: string;
  noteId: string;
  authorId: string;
  text: string;
  signedAt: string;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function hashSignedNote(content: SignedNoteContent): Promise<string> {
  const { noteId, caseId, appointmentId, authorId, templateId, templateRevision, sections, values, signedAt } = content;
  return sha256Hex(canonicalJson({ noteId, caseId, appointmentId, authorId, templateId, templateRevision, sections, values, signedAt }));
}

export function hashSignedAddendum(content: SignedAddendumContent): Promise<string> {
  const { addendumId, noteId, authorId, text, signedAt } = content;
  return sha256Hex(canonicalJson({ addendumId, noteId, authorId, text, signedAt }));
}
