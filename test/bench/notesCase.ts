/**
 * `npx tsx test/bench/notesCase.ts`: a case file with 200 notes (half signed) through the local
 * gateway: opening its Notes tab (`GET /api/cases/{id}/notes`), opening one note (an audited read),
 * and autosave (`PATCH /api/notes/{id}` on the version just saved), each as p50/p99. Numbers compare
 * commits on one machine; they are not SLAs. NOTES_BENCH_NOTES and NOTES_BENCH_RUNS change the sizes.
 */
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
const RUNS = Number(process.env.NOTES_BENCH_RUNS ?? 40);
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

async function main() {
  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  const api = await startTestApi({ endpoint: dynamoDb.endpoint });
  try {
    const seed = await seedIfEmpty({ tableName: api.tableName, endpoint: dynamoDb.endpoint, identityFile: api.identity.filePath });
    const provider = seed.users.find((user) => user.role === 'provider')!;
    const token = await api.tokenFor({ email: provider.email, clinicId: provider.clinicId, memberId: provider.memberId, role: provider.role });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
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
    const openTab = await timed(RUNS, () => fetch(`${api.baseUrl}/api/cases/${caseId}/notes`, { headers }));
    const openNote = await timed(RUNS, () => fetch(`${api.baseUrl}/api/notes/${lastDraft.noteId}`, { headers }));
    let version = lastDraft.version;
    const autosave = await timed(RUNS, async (index) => {
      const response = await fetch(`${api.baseUrl}/api/notes/${lastDraft.noteId}`, { method: 'PATCH', headers, body: JSON.stringify({ version, values: { subjective: `Edit ${index}` } }) });
      if (response.ok) version += 1;
      return response;
    });
    console.log(JSON.stringify({ notes: NOTES, runs: RUNS, 'GET /api/cases/{id}/notes (ms)': openTab, 'GET /api/notes/{id} (ms)': openNote, 'PATCH /api/notes/{id} autosave (ms)': autosave }, null, 2));
  } finally {
    await api.stop();
    await dynamoDb.stop();
  }
}

await main();
