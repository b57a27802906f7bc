/**
 * Exports (SPEC P6): CSV downloads, and a full clinic export (NDJSON and files, zipped, built in the
 * background, downloaded through an expiring link) restored into an empty clinic: the same counts,
 * the same balances and the same audit history, the restore itself being one more entry per record.
 */
import { parse } from 'csv-parse/sync';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '@casefile/adapters';
import { createClinicRepositories, createDocumentClient, createService } from '@casefile/db';
import { dynamoEndpoint } from '../setup/fileDynamo';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

interface ExportJob { exportId: string; status: string; items: number; files: number; download?: { url: string; expiresAt: string } }
type Row = Record<string, string>;
interface Statement { receivableMinor: number; clientCreditMinor: number; invoices: unknown[]; payments: unknown[] }

describe('exports', () => {
  let world: World;
  let source: ApiClient;
  let target: ApiClient;

  beforeAll(async () => {
    world = await startWorld();
    source = await world.clinicA.api('owner');
    // An empty clinic with only its owner, as a clinic moving in from another Casefile starts.
    const clinicId = newId();
    const service = createService(createDocumentClient(await dynamoEndpoint()), world.tableName);
    const repos = createClinicRepositories({ service, clinicId, actor: 'test:setup', now: () => new Date(), newId });
    await repos.clinic.create({ name: 'Moving In Physio', slug: `moving-in-${clinicId.slice(-6).toLowerCase()}`, currency: 'CAD', defaultTimeZone: 'America/Toronto', caseNumberPrefix: 'MI', lateCancelWindowHours: 24, onlineCaseType: 'private', onlineCasePolicy: 'attach_open' });
    const owner = await repos.members.create({ firstName: 'Olive', lastName: 'Owner', email: `olive.${clinicId.toLowerCase()}@moving-in.test`, role: 'owner', disciplineIds: [], active: true, notificationPreferences: { email: true, newBooking: true, reschedule: true, cancellation: true, noShow: true } });
    target = await world.signIn({ email: owner.email, clinicId, memberId: owner.memberId, role: 'owner' });
  }, 300_000);
  afterAll(() => world?.stop());

  const csv = async (api: ApiClient, kind: string): Promise<Row[]> => {
    const response = await api.get(`/api/exports/csv?kind=${kind}`);
    expect(response.status, response.text).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    return parse(response.text, { columns: true }) as Row[];
  };

  it('downloads each kind as CSV, with the columns the casefile import preset reads', async () => {
    const start = new Date(Date.now() + 45 * 86_400_000);
    start.setUTCHours(15, 0, 0, 0);
    const { caseId, sessionId, calendarId } = world.clinicA.ids;
    expect((await source.post('/api/appointments', { caseId, sessionId, calendarId, start: start.toISOString() })).status).toBe(201);
    const clients = await csv(source, 'clients');
    expect(clients.length).toBeGreaterThan(0);
    expect(Object.keys(clients[0]!)).toEqual(expect.arrayContaining(['clientId', 'firstName', 'lastName', 'dateOfBirth', 'email']));
    const appointments = await csv(source, 'appointments');
    expect(appointments[0]).toEqual(expect.objectContaining({ calendar: expect.any(String), session: expect.any(String), start: expect.stringMatching(/Z$/) }));
    expect((await csv(source, 'audit')).length).toBeGreaterThan(clients.length);
    expect((await source.get('/api/exports/csv?kind=everything')).status).toBe(400);
    expect((await (await world.clinicA.api('front_desk')).get('/api/exports/csv?kind=clients')).status).toBe(403);
    // Six walks of the clinic: more than the default minute on a loaded machine.
  }, 300_000);

  it('exports the whole clinic in the background and restores it into an empty clinic with the same counts, balances and audit history', async () => {
    await world.drainStreams();
    const started = await source.post<ExportJob>('/api/exports');
    expect(started.status, started.text).toBe(202);
    let job = started.body;
    for (let round = 0; job.status !== 'done'; round++) {
      // A build that keeps failing leaves the job running: fail rather than wait forever.
      if (round > 20) throw new Error('The export did not finish.');
      await world.drainStreams();
      job = (await source.get<ExportJob>(`/api/exports/${started.body.exportId}`)).body;
    }
    expect(job.items).toBeGreaterThan(0);
    expect(Date.parse(job.download!.expiresAt) - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    const zip = new Uint8Array(await (await fetch(job.download!.url)).arrayBuffer());
    const entries = unzipSync(zip);
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as { clinicId: string; counts: Record<string, number> };
    expect(manifest.clinicId).toBe(world.clinicA.clinicId);
    const clientLines = strFromU8(entries['items/client.ndjson']!).trim().split('\n');
    expect(clientLines.length).toBe(manifest.counts.client);

    const announced = await target.post<{ archiveId: string; upload: { url: string; headers: Record<string, string> } }>('/api/imports/archives', { size: zip.byteLength });
    expect(announced.status, announced.text).toBe(201);
    expect((await fetch(announced.body.upload.url, { method: 'PUT', headers: announced.body.upload.headers, body: zip })).status).toBe(200);
    const restored = await target.post<{ restored: number }>(`/api/imports/archives/${announced.body.archiveId}/restore`);
    expect(restored.status, restored.text).toBe(200);
    await world.drainStreams();
    // A second restore is refused: the clinic is no longer empty.
    expect((await target.post(`/api/imports/archives/${announced.body.archiveId}/restore`)).status).toBe(409);

    for (const kind of ['clients', 'cases', 'appointments', 'invoices', 'payments']) {
      const [before, after] = [await csv(source, kind), await csv(target, kind)];
      expect(after.length, kind).toBe(before.length);
      expect(after, kind).toEqual(expect.arrayContaining(before));
    }
    for (const client of await csv(source, 'clients')) {
      const [before, after] = await Promise.all([source.get<Statement>(`/api/clients/${client.clientId}/statement`), target.get<Statement>(`/api/clients/${client.clientId}/statement`)]);
      expect(after.status).toBe(200);
      const balances = ({ receivableMinor, clientCreditMinor, invoices, payments }: Statement) => ({ receivableMinor, clientCreditMinor, invoices, payments });
      expect(balances(after.body)).toEqual(balances(before.body));
    }
    // The clinic record and its team stay the target's own: their trails are not part of the restore.
    const restorable = (rows: Row[]) => rows.filter((row) => row.entityType !== 'clinic' && row.entityType !== 'member');
    const [history, restoredHistory] = [restorable(await csv(source, 'audit')), restorable(await csv(target, 'audit'))];
    expect(restoredHistory).toEqual(expect.arrayContaining(history));
    // What is new is the restore itself: one 'created' entry per restored record.
    const added = restoredHistory.filter((row) => !history.some((event) => event.auditId === row.auditId));
    expect(added.every((row) => row.action === 'created')).toBe(true);
    expect(new Set(added.map((row) => `${row.entityType}#${row.entityId}`)).size).toBe(added.length);
  }, 600_000);
});
