/**
 * Sample requests for the notes routes, merged into sampleRequests.ts. Routes acting on a note get a
 * fresh one, written by the role that will call (only a note's author edits and signs it); signing
 * and addenda get one with every required section filled (and, for addenda, signed).
 */
import type { Role } from '@casefile/core';
import type { ApiClient } from '../apiClient';
import type { ClinicFixture, FixtureIds } from '../fixtureTypes';

export const EMPTY_NOTE_IDS = { noteTemplateId: '', noteId: '' };

export const NOTE_PATH_IDS: Readonly<Record<string, keyof FixtureIds>> = {
  '/api/note-templates/{id}': 'noteTemplateId',
  '/api/cases/{id}/notes': 'caseId',
  '/api/notes/{id}': 'noteId',
  '/api/notes/{id}/sign': 'noteId',
  '/api/notes/{id}/addenda': 'noteId',
  '/api/cases/{id}/access-history': 'caseId',
};

/** The version each fresh note is at, for the bodies that must name it. */
const NOTE_VERSIONS = new Map<string, number>();
let unique = 0;

export const NOTE_SAMPLE_BODIES: Readonly<Record<string, (ids: FixtureIds) => unknown>> = {
  createNoteTemplate: () => ({ name: `Sample template ${++unique}`, kind: 'other', sections: [{ key: 'summary', label: 'Summary', kind: 'long_text', required: true }] }),
  updateNoteTemplate: () => ({ active: true }),
  createNote: (ids) => ({ templateId: ids.noteTemplateId }),
  updateNote: (ids) => ({ version: NOTE_VERSIONS.get(ids.noteId) ?? 1, values: { subjective: 'Feeling better.' } }),
  signNote: (ids) => ({ version: NOTE_VERSIONS.get(ids.noteId) ?? 1 }),
  addAddendum: () => ({ text: 'Client called: pain eased overnight.' }),
};

export const NOTE_SAMPLE_QUERIES: Readonly<Record<string, (ids: FixtureIds) => string>> = {
  listNotes: () => '?author=me&status=draft',
};

/** Roles that write notes; the others' samples use a note the owner wrote. */
const WRITERS: readonly Role[] = ['owner', 'manager', 'provider'];
const authorFor = (role: Role | undefined): Role => (role && WRITERS.includes(role) ? role : 'owner');

type FreshIds = (fixture: ClinicFixture, role?: Role) => Promise<Partial<FixtureIds>>;

export const NOTE_FRESH_IDS: Readonly<Record<string, FreshIds>> = {
  getNoteTemplate: (fixture) => firstTemplate(fixture),
  updateNoteTemplate: (fixture) => firstTemplate(fixture),
  createNote: (fixture) => firstTemplate(fixture),
  getNote: (fixture, role) => freshNote(fixture, authorFor(role), 'draft'),
  updateNote: (fixture, role) => freshNote(fixture, authorFor(role), 'draft'),
  signNote: (fixture, role) => freshNote(fixture, authorFor(role), 'complete'),
  addAddendum: (fixture, role) => freshNote(fixture, authorFor(role), 'signed'),
};

/** A follow-up template of the clinic (the defaults are written on the first look). */
async function firstTemplate(fixture: ClinicFixture): Promise<Partial<FixtureIds>> {
  const owner = await fixture.api('owner');
  const templates = await owner.get<{ items: { templateId: string; kind: string }[] }>('/api/note-templates');
  const template = templates.body.items.find((candidate) => candidate.kind === 'follow_up');
  if (!template) throw new Error(`The clinic has no follow-up note template (GET /api/note-templates answered ${templates.status}).`);
  return { noteTemplateId: template.templateId };
}

/** Values for every required section of the default SOAP follow-up. */
export const COMPLETE_FOLLOW_UP = { subjective: 'Sleeping better.', objective: 'Range improved.', assessment: 'Progressing.', plan: 'Continue twice weekly.' };

async function freshNote(fixture: ClinicFixture, author: Role, state: 'draft' | 'complete' | 'signed'): Promise<Partial<FixtureIds>> {
  const { noteTemplateId } = await firstTemplate(fixture);
  const api = await fixture.api(author);
  const created = await api.post<{ noteId: string; version: number }>(`/api/cases/${fixture.ids.caseId}/notes`, { templateId: noteTemplateId });
  if (created.status !== 201) throw new Error(`Could not start a sample note: ${created.status} ${created.text}`);
  let version = created.body.version;
  const noteId = created.body.noteId;
  if (state !== 'draft') version = (await expectOk(api, 'PATCH', `/api/notes/${noteId}`, { version, values: COMPLETE_FOLLOW_UP })).version;
  if (state === 'signed') version = (await expectOk(api, 'POST', `/api/notes/${noteId}/sign`, { version })).version;
  NOTE_VERSIONS.set(noteId, version);
  return { noteTemplateId, noteId };
}

async function expectOk(api: ApiClient, method: 'PATCH' | 'POST', path: string, body: unknown): Promise<{ version: number }> {
  const response = await api.request<{ version: number }>(method, path, body);
  if (response.status !== 200) throw new Error(`${method} ${path} answered ${response.status} ${response.text}`);
  return response.body;
}
