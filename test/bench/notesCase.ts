/**
 * `npx tsx test/bench/notesCase.ts`: a case file with 200 notes (half signed), 50 submitted forms and
 * 100 uploaded files through the local gateway (and the local S3 twin). It times, as p50/p99, each
 * request the console makes to open the case file and each of its clinical tabs (the list below
 * mirrors CasePage, notesQueries, FormsTab, FilesTab and CommunicationsTab), opening one note (an
 * audited read), and autosave (`PATCH /api/notes/{id}` on the version just saved); and it reports
 * the booking bundle's JS gzipped (the form page ships in it). Numbers compare commits on one machine;
 * they are not SLAs. NOTES_BENCH_NOTES, _FORMS, _FILES and _RUNS change the sizes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startDynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { findFreePort } from '../../hosts/local/src/ports';
import { seedIfEmpty } from '../../hosts/local/src/seed';
import { startTestApi } from '../setup/localApi';

Object.assign(process.env, {
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  AWS_EC2_METADATA_DISABLED: 'true',
  LOG_LEVEL: 'WARN',
});

const NOTES = Number(process.env.NOTES_BENCH_NOTES ?? 200);
const FORMS = Number(process.env.NOTES_BENCH_FORMS ?? 50);
const FILES = Number(process.env.NOTES_BENCH_FILES ?? 100);
const RUNS = Number(process.env.NOTES_BENCH_RUNS ?? 40);
const PDF = new TextEncoder().encode('%PDF-1.4\n% a referral letter\n%%EOF\n');
const COMPLETE = { subjective: 'Better.', objective: 'Range improved.', assessment: 'Progressing.', plan: 'Continue.' };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function timed(runs: number, request: (index: number) => Promise<Response>): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let index = 0; index < runs; index++) {
    const started = performance.now();
    const response = await request(index);
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    await response.arrayBuffer();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: Math.round(percentile(times, 50) * 10) / 10, p99: Math.round(percentile(times, 99) * 10) / 10 };
}

/** The booking pages are one bundle: the form page (`/book/forms/#token`) loads all of its JS. */
function bookingJsGzipped(): number {
  const assets = join(import.meta.dirname, '../../web/booking/dist/assets');
  return readdirSync(assets).filter((name) => name.endsWith('.js')).reduce((total, name) => total + gzipSync(readFileSync(join(assets, name)), { level: 9 }).byteLength, 0);
}

async function main() {
  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  const api = await startTestApi({ endpoint: dynamoDb.endpoint });
  try {
    const seed = await seedIfEmpty({ tableName: api.tableName, endpoint: dynamoDb.endpoint, identityFile: api.identity.filePath });
    const provider = seed.users.find((user) => user.role === 'provider')!;
    const token = await api.tokenFor({ email: provider.email, clinicId: provider.clinicId, memberId: provider.memberId, role: provider.role });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // The case file's views as an owner sees them: the access trail (`/api/audit`) is not a provider's to read.
    const owner = seed.users.find((user) => user.role === 'owner')!;
    const ownerHeaders = { authorization: `Bearer ${await api.tokenFor({ email: owner.email, clinicId: owner.clinicId, memberId: owner.memberId, role: owner.role })}` };
    const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${api.baseUrl}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    await api.poller.stop();
    const { clientId } = await call<{ clientId: string }>('POST', '/api/clients', { firstName: 'Bench', lastName: 'Notes' });
    const { caseId } = await call<{ caseId: string }>('POST', `/api/clients/${clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
    const templates = await call<{ items: { templateId: string; kind: string }[] }>('GET', '/api/note-templates');
    const templateId = templates.items.find((template) => template.kind === 'follow_up')!.templateId;
    let lastDraft = { noteId: '', version: 0 };
    for (let index = 0; index < NOTES; index++) {
      const draft = await call<{ noteId: string; version: number }>('POST', `/api/cases/${caseId}/notes`, { templateId });
      const saved = await call<{ version: number }>('PATCH', `/api/notes/${draft.noteId}`, { version: draft.version, values: COMPLETE });
      if (index % 2 === 0) await call('POST', `/api/notes/${draft.noteId}/sign`, { version: saved.version });
      else lastDraft = { noteId: draft.noteId, version: saved.version };
    }
    for (let index = 0; index < FORMS; index++) {
      const { form } = await call<{ form: { formId: string } }>('POST', `/api/cases/${caseId}/form-requests`, { templateKey: 'consent-treatment', sendEmail: false });
      await call('POST', `/api/form-requests/${form.formId}/fill`, { answers: { understood: true }, typedName: 'Bench Client' });
    }
    for (let index = 0; index < FILES; index++) {
      const ticket = await call<{ document: { documentId: string }; upload: { url: string; headers: Record<string, string> } }>('POST', `/api/cases/${caseId}/files`, { fileName: `referral-${index}.pdf`, contentType: 'application/pdf', size: PDF.byteLength, category: 'referral' });
      const put = await fetch(ticket.upload.url, { method: 'PUT', headers: ticket.upload.headers, body: PDF });
      if (!put.ok) throw new Error(`PUT ${put.status}`);
      await call('POST', `/api/files/${ticket.document.documentId}/complete`);
    }
    // What the console requests on opening each view (app-shell requests such as /api/me left out).
    const views: Record<string, string[]> = {
      'case file': [`/api/cases/${caseId}`, `/api/cases/${caseId}/appointments?limit=100`, `/api/audit?entityType=caseFile&entityId=${caseId}&limit=25`],
      'Notes tab': [`/api/cases/${caseId}/notes`, '/api/note-templates'],
      'Forms tab': ['/api/form-templates', `/api/cases/${caseId}/form-requests`],
      'Files tab': [`/api/cases/${caseId}/files`],
      'Communications tab': [`/api/cases/${caseId}/communications`],
    };
    const opened: Record<string, { requests: number; each: Record<string, { p50: number; p99: number; bytes: number }> }> = {};
    for (const [view, paths] of Object.entries(views)) {
      const each: Record<string, { p50: number; p99: number; bytes: number }> = {};
      for (const path of paths) {
        const bytes = (await (await fetch(`${api.baseUrl}${path}`, { headers: ownerHeaders })).arrayBuffer()).byteLength;
        each[`GET ${path.replace(caseId, '{id}').replace(caseId, '{id}')}`] = { ...(await timed(RUNS, () => fetch(`${api.baseUrl}${path}`, { headers: ownerHeaders }))), bytes };
      }
      opened[view] = { requests: paths.length, each };
    }
    const openNote = await timed(RUNS, () => fetch(`${api.baseUrl}/api/notes/${lastDraft.noteId}`, { headers }));
    let version = lastDraft.version;
    const autosave = await timed(RUNS, async (index) => {
      const response = await fetch(`${api.baseUrl}/api/notes/${lastDraft.noteId}`, { method: 'PATCH', headers, body: JSON.stringify({ version, values: { subjective: `Edit ${index}` } }) });
      if (response.ok) version += 1;
      return response;
    });
    console.log(JSON.stringify({ notes: NOTES, forms: FORMS, files: FILES, runs: RUNS, 'opening (ms)': opened, 'GET /api/notes/{id} (ms)': openNote, 'PATCH /api/notes/{id} autosave (ms)': autosave, 'booking bundle JS gzipped (bytes)': bookingJsGzipped() }, null, 2));
  } finally {
    await api.stop();
    await dynamoDb.stop();
  }
}

await main();
