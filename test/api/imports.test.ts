/**
 * CSV imports on DynamoDB Local (SPEC P6): upload through a presigned PUT, dry run with row errors by
 * line and column, a background job advanced in batches by the transfers consumer, and a second run
 * that creates nothing. The big file's size is CI-sized by default; for the full size of the issue:
 *   IMPORT_CLIENT_ROWS=50000 IMPORT_APPOINTMENT_ROWS=20000 npx vitest run test/api/imports.test.ts
 * Throughput (rows/s) and stream records (DynamoDB writes) per row are printed.
 */
import type { DynamoDBRecord } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamHandlers } from '@casefile/functions/handlers';
import { STREAM_CONSUMERS } from '../../functions/src/consumers';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';

const CLIENT_ROWS = Number(process.env.IMPORT_CLIENT_ROWS ?? 300);
const APPOINTMENT_ROWS = Number(process.env.IMPORT_APPOINTMENT_ROWS ?? 100);
/** Generous per-row allowances over the knobs (the appointment rows go through the booking's day guard). */
const CLIENTS_TIMEOUT = 300_000 + CLIENT_ROWS * 40;
const APPOINTMENTS_TIMEOUT = 300_000 + APPOINTMENT_ROWS * 200;

interface ImportJob { importId: string; status: string; totalRows: number; processed: number; created: number; existing: number; failed: number; errors: RowError[]; check?: Check }
interface RowError { line: number; column: string; field: string; message: string }
interface Check { checked: number; mappingProblems: unknown[]; validRows: number; errorRows: number; alreadyImported: number; errorCount: number; errors: RowError[]; preview: { line: number; values: Record<string, unknown> }[] }

let writes = 0;

describe('CSV imports', () => {
  let world: World;
  let owner: ApiClient;
  const run = `r${Date.now().toString(36)}`;

  beforeAll(async () => {
    world = await startWorld({
      consumers: [...STREAM_CONSUMERS, { consumer: 'capture', filters: [{ eventName: ['INSERT', 'MODIFY', 'REMOVE'] }], batchSize: 1000 }],
      streamHandlers: {
        ...streamHandlers,
        capture: async (event: { Records: DynamoDBRecord[] }) => {
          writes += event.Records.length;
          return { batchItemFailures: [] };
        },
      },
    });
    owner = await world.clinicA.api('owner');
    // The seed's own records go through the consumers first: they are not the import's work.
    await world.drainStreams();
  }, 300_000);
  afterAll(() => world?.stop());

  async function upload(kind: string, csv: string): Promise<string> {
    const bytes = new TextEncoder().encode(csv);
    const created = await owner.post<{ import: ImportJob; upload: { url: string; headers: Record<string, string> } }>('/api/imports', { kind, fileName: `${kind}.csv`, size: bytes.byteLength });
    expect(created.status).toBe(201);
    const put = await fetch(created.body.upload.url, { method: 'PUT', headers: created.body.upload.headers, body: bytes });
    expect(put.status).toBe(200);
    return created.body.import.importId;
  }

  /** The dry run, a background job too: asked for, then followed until checked. */
  async function check(importId: string, body: Record<string, unknown> = {}): Promise<Check & { job: ImportJob; seconds: number }> {
    const started = Date.now();
    const asked = await owner.post<ImportJob>(`/api/imports/${importId}/check`, body);
    expect(asked.status, asked.text).toBe(202);
    expect(asked.body.status).toBe('checking');
    const job = await follow(importId, 'checking', (at) => at.check?.checked ?? 0);
    expect(job.status).toBe('checked');
    return { ...job.check!, job, seconds: (Date.now() - started) / 1000 };
  }

  async function follow(importId: string, phase: string, progress: (job: ImportJob) => number): Promise<ImportJob> {
    let last = -1;
    let stalled = 0;
    for (;;) {
      await world.drainStreams();
      const job = (await owner.get<ImportJob>(`/api/imports/${importId}`)).body;
      if (job.status !== phase) return job;
      // A batch that keeps failing leaves the job where it was: fail rather than wait forever.
      stalled = progress(job) === last ? stalled + 1 : 0;
      if (stalled > 20) throw new Error(`The ${phase} job stopped at row ${progress(job)}.`);
      last = progress(job);
    }
  }

  async function runToEnd(importId: string): Promise<{ job: ImportJob; seconds: number }> {
    const started = Date.now();
    const start = await owner.post<ImportJob>(`/api/imports/${importId}/start`);
    expect(start.status, start.text).toBe(202);
    const job = await follow(importId, 'running', (at) => at.processed);
    expect(job.status).toBe('done');
    return { job, seconds: (Date.now() - started) / 1000 };
  }

  const rate = (rows: number, seconds: number) => `${rows} rows in ${seconds.toFixed(1)} s = ${(rows / seconds).toFixed(0)} rows/s`;

  it('imports clients: dry run with errors by line and column, a job in batches, and a re-run that creates nothing', async () => {
    const lines = ['Patient ID,First Name,Last Name,DOB,Email Address,Mobile'];
    for (let index = 0; index < CLIENT_ROWS; index++) lines.push(`${run}-c${index},Ada${index},"Lovelace, ${index}",1980-02-${String((index % 28) + 1).padStart(2, '0')},ada${index}@example.test,+1 416 555 ${String(1000 + (index % 9000))}`);
    lines.push(`${run}-bad1,Grace,,1980-01-01,,`);
    lines.push(`${run}-bad2,Alan,Turing,1912-13-45,not-an-email,`);
    lines.push(`${run}-c0,Dup,Licate,,,`);
    const csv = lines.join('\n') + '\n';
    const importId = await upload('clients', csv);

    // Before its dry run, an import cannot start.
    expect((await owner.post(`/api/imports/${importId}/start`)).status).toBe(409);
    const dryRun = await check(importId, { preset: 'generic' });
    console.info(`clients dry run: ${rate(CLIENT_ROWS + 3, dryRun.seconds)}`);
    expect(dryRun.mappingProblems).toEqual([]);
    expect(dryRun).toMatchObject({ checked: CLIENT_ROWS + 3, validRows: CLIENT_ROWS, errorRows: 3, errorCount: 4, alreadyImported: 0 });
    expect(dryRun.job.totalRows).toBe(CLIENT_ROWS + 3);
    const badLine = CLIENT_ROWS + 2;
    expect(dryRun.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ line: badLine, column: 'Last Name', field: 'lastName' }),
        expect.objectContaining({ line: badLine + 1, column: 'DOB', field: 'dateOfBirth' }),
        expect.objectContaining({ line: badLine + 1, column: 'Email Address', field: 'email' }),
        expect.objectContaining({ line: badLine + 2, column: 'Patient ID', field: 'externalId' }),
      ]),
    );
    expect(dryRun.preview[0]).toMatchObject({ line: 2, values: { externalId: `${run}-c0`, firstName: 'Ada0', lastName: 'Lovelace, 0', email: 'ada0@example.test' } });
    // The dry run wrote no client.
    expect((await owner.post<{ items: unknown[] }>('/api/clients/search', { email: 'ada0@example.test' })).body.items).toHaveLength(0);

    const writesBefore = writes;
    const { job, seconds } = await runToEnd(importId);
    expect(job).toMatchObject({ processed: CLIENT_ROWS + 3, created: CLIENT_ROWS, existing: 0, failed: 3 });
    expect(job.errors.map((error) => error.line)).toEqual(expect.arrayContaining([badLine, badLine + 1, badLine + 2]));
    console.info(`clients import: ${rate(CLIENT_ROWS, seconds)}; ${((writes - writesBefore) / CLIENT_ROWS).toFixed(2)} DynamoDB writes per row (stream records, consumers' writes included)`);
    const found = await owner.post<{ items: { firstName: string; lastName: string }[] }>('/api/clients/search', { email: `ada${CLIENT_ROWS - 1}@example.test` });
    expect(found.body.items).toEqual([expect.objectContaining({ firstName: `Ada${CLIENT_ROWS - 1}`, lastName: `Lovelace, ${CLIENT_ROWS - 1}` })]);

    const again = await upload('clients', csv);
    const secondCheck = await check(again);
    expect(secondCheck.alreadyImported).toBe(CLIENT_ROWS);
    expect(secondCheck.validRows).toBe(0);
    const writesBeforeSecond = writes;
    const second = await runToEnd(again);
    expect(second.job).toMatchObject({ created: 0, existing: CLIENT_ROWS, failed: 3 });
    console.info(`clients second run: ${rate(CLIENT_ROWS + 3, second.seconds)}, created nothing; ${writes - writesBeforeSecond} stream records (the job's own writes)`);
    expect((await owner.post<{ items: unknown[] }>('/api/clients/search', { email: 'ada0@example.test' })).body.items).toHaveLength(1);
  }, CLIENTS_TIMEOUT);

  it('a dry run may be asked again with other columns; a file without a required column reports it and cannot start', async () => {
    const importId = await upload('clients', `Ref,First Name,Family\n${run}-m0,Mo,Mapping\n`);
    const unmapped = await check(importId);
    expect(unmapped.mappingProblems).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'externalId' }), expect.objectContaining({ field: 'lastName' })]));
    expect((await owner.post(`/api/imports/${importId}/start`)).status).toBe(409);
    const mapped = await check(importId, { mapping: { externalId: 'Ref', lastName: 'Family' } });
    expect(mapped).toMatchObject({ mappingProblems: [], validRows: 1, checked: 1 });
    expect(mapped.preview).toEqual([expect.objectContaining({ line: 2, values: expect.objectContaining({ externalId: `${run}-m0`, lastName: 'Mapping' }) })]);
  });

  it('imports cases with payers, then past and future visits: past ones keep their status without charges, the bad rows are reported', async () => {
    const cases = ['Case ID,Patient ID,Case Type,Intake Date,Payer,Payer Type,Policy Number', `${run}-k0,${run}-c0,Workers Compensation,2024-05-01,Acme Mutual,insurer,P-1`, `${run}-k1,${run}-c1,private,2024-06-01,,,`, `${run}-k2,nobody,private,2024-06-01,,,`].join('\n');
    const casesImport = await upload('cases', cases);
    const casesCheck = await check(casesImport);
    expect(casesCheck.preview[0]).toMatchObject({ line: 2, values: { externalId: `${run}-k0`, caseType: 'workers_compensation', payers: ['Acme Mutual'] } });
    expect(casesCheck.errors).toEqual([expect.objectContaining({ line: 4, column: 'Patient ID', field: 'clientExternalId' })]);
    expect((await runToEnd(casesImport)).job).toMatchObject({ created: 2, failed: 1 });

    const calendars = await owner.get<{ items: { calendarId: string; name: string }[] }>('/api/calendars?kind=provider');
    const calendar = calendars.body.items.find((item) => item.calendarId === world.clinicA.ids.calendarId)!;
    const sessions = await owner.get<{ items: { sessionId: string; name: string }[] }>('/api/sessions');
    const session = sessions.body.items.find((item) => item.sessionId === world.clinicA.ids.sessionId)!;
    const lines = ['Appointment ID,Case ID,Provider,Service,Start Time,Duration,Status'];
    for (let index = 0; index < APPOINTMENT_ROWS; index++) {
      const past = index % 2 === 0;
      const day = new Date(Date.UTC(past ? 2024 : 2031, 0, 1) + Math.floor(index / 2) * 86_400_000).toISOString().slice(0, 10);
      lines.push(`${run}-a${index},${run}-k${index % 2},${calendar.name},${session.name},${day} 09:30,45,${past ? 'Arrived' : 'booked'}`);
    }
    lines.push(`${run}-abad1,${run}-k0,Nobody At All,${session.name},2024-03-01 09:00,45,arrived`);
    lines.push(`${run}-abad2,${run}-k0,${calendar.name},${session.name},2024-03-01 25:00,45,arrived`);
    const visitsImport = await upload('appointments', lines.join('\n'));
    const visitsCheck = await check(visitsImport);
    console.info(`appointments dry run: ${rate(APPOINTMENT_ROWS + 2, visitsCheck.seconds)}`);
    expect(visitsCheck.validRows).toBe(APPOINTMENT_ROWS);
    expect(visitsCheck.errors).toEqual([
      expect.objectContaining({ line: APPOINTMENT_ROWS + 2, column: 'Provider', field: 'calendar' }),
      expect.objectContaining({ line: APPOINTMENT_ROWS + 3, column: 'Start Time', field: 'start' }),
    ]);
    const writesBefore = writes;
    const { job, seconds } = await runToEnd(visitsImport);
    expect(job).toMatchObject({ created: APPOINTMENT_ROWS, failed: 2 });
    await world.drainStreams();
    console.info(`appointments import: ${rate(APPOINTMENT_ROWS, seconds)}; ${((writes - writesBefore) / APPOINTMENT_ROWS).toFixed(2)} DynamoDB writes per row (stream records, consumers' writes included)`);

    const file = await owner.get<{ cases: { caseId: string; caseType: string }[] }>(`/api/clients/${await clientIdByEmail('ada0@example.test')}`);
    const imported = file.body.cases.find((item) => item.caseType === 'workers_compensation')!;
    const billing = await owner.get<{ payers: { name: string; kind: string; policyNumber?: string }[] }>(`/api/cases/${imported.caseId}/billing`);
    expect(billing.body.payers).toEqual([expect.objectContaining({ name: 'Acme Mutual', kind: 'insurer', policyNumber: 'P-1' })]);
    // Case k0 holds the past visits (even rows), k1 the future ones.
    const visits = await owner.get<{ items: { status: string; start: string }[] }>(`/api/cases/${imported.caseId}/appointments?limit=100`);
    expect(visits.body.items.length).toBe(Math.min(100, Math.ceil(APPOINTMENT_ROWS / 2)));
    expect(visits.body.items.every((visit) => visit.status === 'arrived')).toBe(true);
    expect(visits.body.items[0]!.start).toMatch(/^2024-01-01T1[45]:30:00/);
    // The old system billed its past visits: the charge consumer adds nothing.
    expect((await owner.get<{ items: unknown[] }>(`/api/cases/${imported.caseId}/charges`)).body.items).toEqual([]);

    // The same file again: the dry run finds every visit imported, and the run creates none.
    const againImport = await upload('appointments', lines.join('\n'));
    const againCheck = await check(againImport);
    expect(againCheck).toMatchObject({ validRows: 0, alreadyImported: APPOINTMENT_ROWS, errorRows: 2 });
    const again = await runToEnd(againImport);
    expect(again.job).toMatchObject({ created: 0, existing: APPOINTMENT_ROWS, failed: 2 });
    console.info(`appointments second run: ${rate(APPOINTMENT_ROWS + 2, again.seconds)}, created nothing`);
    expect((await owner.get<{ items: unknown[] }>(`/api/cases/${imported.caseId}/appointments?limit=100`)).body.items.length).toBe(Math.min(100, Math.ceil(APPOINTMENT_ROWS / 2)));
  }, APPOINTMENTS_TIMEOUT);

  async function clientIdByEmail(email: string): Promise<string> {
    return (await owner.post<{ items: { clientId: string }[] }>('/api/clients/search', { email })).body.items[0]!.clientId;
  }
});
