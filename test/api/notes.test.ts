import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditEvent, canonicalJson, type ClinicalAccess, type Note, type NoteAddendum, type NoteSummary, type NoteTemplate } from '@casefile/core';
import { COMPLETE_FOLLOW_UP } from '../support/samples/noteSamples';
import { startWorld, type World } from '../support/world';
import type { ApiClient } from '../support/apiClient';
import { captureOutput } from '../support/captureOutput';

type Page<T> = { items: T[]; nextCursor: string | null };
type Problem = { type: string; errors?: { path: string }[]; currentVersion?: number; note?: Note };

describe('chart notes', () => {
  let world: World;
  let provider: ApiClient;
  let followUp: NoteTemplate;
  let caseId: string;

  beforeAll(async () => {
    // The handlers' logger is created lazily, so this reaches it: capture INFO request logs too.
    process.env.LOG_LEVEL = 'INFO';
    world = await startWorld();
    provider = await world.clinicA.api('provider');
    caseId = world.clinicA.ids.caseId;
    const templates = await provider.get<{ items: NoteTemplate[] }>('/api/note-templates');
    followUp = templates.body.items.find((template) => template.seedKey === 'physiotherapy/follow_up')!;
  });
  afterAll(() => world?.stop());

  const startDraft = async (api = provider, body: Record<string, unknown> = {}) => {
    const created = await api.post<Note>(`/api/cases/${caseId}/notes`, { templateId: followUp.templateId, ...body });
    expect(created.status).toBe(201);
    return created.body;
  };
  const save = (noteId: string, version: number, values: Record<string, unknown>, api = provider) => api.patch<Note & Problem>(`/api/notes/${noteId}`, { version, values });
  const signedNote = async () => {
    const draft = await startDraft();
    const saved = await save(draft.noteId, draft.version, COMPLETE_FOLLOW_UP);
    const signed = await provider.post<Note>(`/api/notes/${draft.noteId}/sign`, { version: saved.body.version });
    expect(signed.status).toBe(200);
    return signed.body;
  };

  it('seeds an initial assessment and a SOAP follow-up for physiotherapy, massage and chiropractic', async () => {
    const templates = await provider.get<{ items: NoteTemplate[] }>('/api/note-templates');
    expect(templates.body.items.map((template) => template.seedKey).sort()).toEqual([
      'chiropractic/follow_up', 'chiropractic/initial_assessment', 'massage/follow_up', 'massage/initial_assessment', 'physiotherapy/follow_up', 'physiotherapy/initial_assessment',
    ]);
  });

  it('versions a template in use: the note keeps the sections it was written on', async () => {
    const manager = await world.clinicA.api('manager');
    const created = await manager.post<NoteTemplate>('/api/note-templates', { name: 'Short visit', kind: 'other', sections: [{ key: 'summary', label: 'Summary', kind: 'long_text', required: true }] });
    const draft = await startDraft(provider, { templateId: created.body.templateId });
    const changed = await manager.patch<NoteTemplate>(`/api/note-templates/${created.body.templateId}`, { sections: [{ key: 'summary', label: 'Visit summary', kind: 'short_text' }] });
    expect(changed.body.revision).toBe(created.body.revision + 1);
    const note = await provider.get<Note>(`/api/notes/${draft.noteId}`);
    expect(note.body.content!.templateRevision).toBe(1);
    expect(note.body.content!.sections).toEqual(created.body.sections);
  });

  it('a signed note is locked: PATCH and a second sign are refused, and the stored hash matches its content', async () => {
    const signed = await signedNote();
    const patched = await save(signed.noteId, signed.version, { subjective: 'Rewritten later' });
    expect(patched.status).toBe(409);
    expect(patched.body.type).toBe('urn:casefile:problem:note_signed');
    const again = await provider.post<Problem>(`/api/notes/${signed.noteId}/sign`, { version: signed.version });
    expect(again.status).toBe(409);
    expect(again.body.type).toBe('urn:casefile:problem:note_signed');

    const read = (await provider.get<Note>(`/api/notes/${signed.noteId}`)).body;
    expect(read.content!.values).toEqual(COMPLETE_FOLLOW_UP);
    const { noteId, caseId: noteCase, authorId, templateId, signedAt } = read;
    const { templateRevision, sections, values } = read.content!;
    const recomputed = createHash('sha256').update(canonicalJson({ noteId, caseId: noteCase, authorId, templateId, templateRevision, sections, values, signedAt })).digest('hex');
    expect(read.content!.contentHash).toBe(recomputed);
  });

  it('refuses to sign with a required section empty, naming it', async () => {
    const draft = await startDraft();
    const refused = await provider.post<Problem>(`/api/notes/${draft.noteId}/sign`, { version: draft.version });
    expect(refused.status).toBe(400);
    expect(refused.body.errors!.map((error) => error.path)).toContain('body.values.subjective');
  });

  it('only the author signs or edits: another clinician is refused', async () => {
    const manager = await world.clinicA.api('manager');
    const draft = await startDraft();
    const saved = await save(draft.noteId, draft.version, COMPLETE_FOLLOW_UP);
    expect((await save(draft.noteId, saved.body.version, { plan: 'Mine now' }, manager)).status).toBe(403);
    expect((await manager.post(`/api/notes/${draft.noteId}/sign`, { version: saved.body.version })).status).toBe(403);
  });

  it('addenda are dated and signed, and never alter the original', async () => {
    const signed = await signedNote();
    const before = (await provider.get<Note>(`/api/notes/${signed.noteId}`)).body;
    const manager = await world.clinicA.api('manager');
    const addendum = await manager.post<NoteAddendum>(`/api/notes/${signed.noteId}/addenda`, { text: 'Client phoned: better.' });
    expect(addendum.status).toBe(201);
    expect(addendum.body.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const after = (await provider.get<Note>(`/api/notes/${signed.noteId}`)).body;
    const { addenda: _before, ...originalBefore } = before.content!;
    const { addenda, ...originalAfter } = after.content!;
    expect(originalAfter).toEqual(originalBefore);
    expect({ ...after, content: undefined }).toEqual({ ...before, content: undefined });
    expect(addenda.map((entry) => entry.text)).toEqual(['Client phoned: better.']);
    const onDraft = await manager.post<Problem>(`/api/notes/${(await startDraft()).noteId}/addenda`, { text: 'Too early' });
    expect(onDraft.status).toBe(409);
  });

  it('two concurrent autosaves: exactly one wins, the other gets 409 with the newer version, and nothing is lost', async () => {
    const draft = await startDraft();
    const [first, second] = await Promise.all([
      save(draft.noteId, draft.version, { subjective: 'From the laptop' }),
      save(draft.noteId, draft.version, { objective: 'From the tablet' }),
    ]);
    expect([first.status, second.status].sort()).toEqual([200, 409]);
    const [winner, loser] = first.status === 200 ? [first, second] : [second, first];
    expect(loser.body.type).toBe('urn:casefile:problem:version_conflict');
    expect(loser.body.currentVersion).toBe(winner.body.version);
    expect(loser.body.note!.content!.values).toEqual(winner.body.content!.values);
    const retried = await save(draft.noteId, loser.body.currentVersion!, loser === second ? { objective: 'From the tablet' } : { subjective: 'From the laptop' });
    expect(retried.status).toBe(200);
    expect(retried.body.content!.values).toEqual({ subjective: 'From the laptop', objective: 'From the tablet' });
  });

  it('copies forward from the case’s last signed note', async () => {
    const signed = await signedNote();
    const copy = await startDraft(provider, { copyForward: true });
    expect(copy.content!.copiedFromNoteId).toBe(signed.noteId);
    expect(copy.content!.values).toEqual(COMPLETE_FOLLOW_UP);
  });

  it.each(['front_desk', 'billing'] as const)('%s sees that a note exists and its status, never its content', async (role) => {
    const signed = await signedNote();
    const api = await world.clinicA.api(role);
    const one = await api.get<Note>(`/api/notes/${signed.noteId}`);
    expect(one.status).toBe(200);
    expect(one.body.status).toBe('signed');
    expect(one.body).not.toHaveProperty('content');
    expect(one.text).not.toContain(COMPLETE_FOLLOW_UP.plan);
    const list = await api.get<{ items: NoteSummary[] }>(`/api/cases/${caseId}/notes`);
    expect(list.body.items.map((note) => note.noteId)).toContain(signed.noteId);
    expect(list.text).not.toContain(COMPLETE_FOLLOW_UP.plan);
    expect((await api.get(`/api/notes/${signed.noteId}.pdf`)).status).toBe(403);
    expect((await api.patch(`/api/notes/${signed.noteId}`, { version: 1, values: {} })).status).toBe(403);
  });

  it('a read of a note appears in the audit trail and in the case’s access history (owners only)', async () => {
    const signed = await signedNote();
    const manager = await world.clinicA.api('manager');
    await manager.get(`/api/notes/${signed.noteId}`);
    const pdf = await manager.get(`/api/notes/${signed.noteId}.pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.text.startsWith('%PDF')).toBe(true);

    await world.drainStreams();
    const trail = await manager.get<Page<AuditEvent>>(`/api/audit?entityType=note&entityId=${signed.noteId}`);
    const reads = trail.body.items.filter((event) => event.action === 'read');
    expect(reads.map((event) => event.actor)).toContain(world.clinicA.users.manager!.memberId);

    const owner = await world.clinicA.api('owner');
    const history = await owner.get<Page<ClinicalAccess>>(`/api/cases/${caseId}/access-history?limit=100`);
    const mine = history.body.items.filter((entry) => entry.subjectId === signed.noteId && entry.actor === world.clinicA.users.manager!.memberId);
    expect(mine.map((entry) => entry.action).sort()).toEqual(['printed', 'read']);
    expect((await manager.get(`/api/cases/${caseId}/access-history`)).status).toBe(403);
  });

  it("lists a provider's unsigned notes", async () => {
    const draft = await startDraft();
    const mine = await provider.get<Page<NoteSummary>>('/api/notes?author=me&status=draft&limit=100');
    expect(mine.body.items.every((note) => note.status === 'draft' && note.authorId === world.clinicA.users.provider!.memberId)).toBe(true);
    expect(mine.body.items.map((note) => note.noteId)).toContain(draft.noteId);
  });

  it('clinical content appears in no log line, even when a request fails', async () => {
    const marker = 'zqxclinicalmarkerqzx';
    const lines = await captureOutput(async () => {
      const draft = await startDraft();
      const saved = await save(draft.noteId, draft.version, { ...COMPLETE_FOLLOW_UP, subjective: `Pain ${marker}` });
      await save(draft.noteId, draft.version, { plan: `Stale ${marker}` });
      await save(draft.noteId, saved.body.version, { pain: `${marker}` });
      const signed = await provider.post<Note>(`/api/notes/${draft.noteId}/sign`, { version: saved.body.version });
      await provider.get(`/api/notes/${draft.noteId}`);
      await provider.get(`/api/notes/${draft.noteId}.pdf`);
      await provider.post(`/api/notes/${draft.noteId}/addenda`, { text: `Addendum ${marker}` });
      await save(draft.noteId, signed.body.version, { plan: `After sign ${marker}` });
      await world.drainStreams();
    });
    expect(lines.some((line) => line.includes('/api/notes'))).toBe(true);
    expect(lines.filter((line) => line.includes(marker))).toEqual([]);
  });
});
