/**
 * `npx tsx test/bench/importThroughput.ts`: CSV import throughput through the local runtime (presigned
 * upload, dry run, then the background job advanced by the stream consumers), for a client file and an
 * appointment file: rows/s from `start` to `done`, and DynamoDB items written per row (every put,
 * update, delete and transaction item of the run, the consumers' included, counted by dynamoMeter).
 * IMPORT_BENCH_CLIENT_ROWS (5,000) and IMPORT_BENCH_APPOINTMENT_ROWS (2,000) set the sizes; the
 * issue's full size is 50,000 and 20,000.
 */
import { sharedDocumentClient } from '@casefile/db';
import { startDynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { findFreePort } from '../../hosts/local/src/ports';
import { seedIfEmpty } from '../../hosts/local/src/seed';
import { startTestApi } from '../setup/localApi';
import { meterDynamoDb } from './dynamoMeter';

Object.assign(process.env, {
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  AWS_EC2_METADATA_DISABLED: 'true',
  LOG_LEVEL: 'WARN',
});

const CLIENT_ROWS = Number(process.env.IMPORT_BENCH_CLIENT_ROWS ?? 5000);
const APPOINTMENT_ROWS = Number(process.env.IMPORT_BENCH_APPOINTMENT_ROWS ?? 2000);

interface ImportJob { importId: string; status: string; processed: number; created: number; failed: number }

async function main() {
  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  const api = await startTestApi({ endpoint: dynamoDb.endpoint });
  try {
    const seed = await seedIfEmpty({ tableName: api.tableName, endpoint: dynamoDb.endpoint, identityFile: api.identity.filePath });
    const owner = seed.users.find((user) => user.role === 'owner')!;
    const token = await api.tokenFor({ email: owner.email, clinicId: owner.clinicId, memberId: owner.memberId, role: owner.role });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${api.baseUrl}${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as T;
    };
    await api.poller.drain();
    // The stream consumers share the document client, so the meter sees their writes too.
    const meter = meterDynamoDb(sharedDocumentClient());

    async function importFile(kind: string, lines: string[], rows: number) {
      const bytes = new TextEncoder().encode(lines.join('\n') + '\n');
      const created = await call<{ import: ImportJob; upload: { url: string; headers: Record<string, string> } }>('POST', '/api/imports', { kind, fileName: `${kind}.csv`, size: bytes.byteLength });
      const put = await fetch(created.upload.url, { method: 'PUT', headers: created.upload.headers, body: bytes });
      if (!put.ok) throw new Error(`upload: ${put.status}`);
      const importId = created.import.importId;
      const checkStarted = performance.now();
      await call('POST', `/api/imports/${importId}/check`, {});
      // The dry run is a background job too: follow it until it is checked.
      for (;;) {
        await api.poller.drain();
        if ((await call<ImportJob>('GET', `/api/imports/${importId}`)).status !== 'checking') break;
      }
      const checkSeconds = (performance.now() - checkStarted) / 1000;
      await api.poller.drain();
      meter.reset();
      const started = performance.now();
      await call('POST', `/api/imports/${importId}/start`);
      let job: ImportJob;
      for (;;) {
        await api.poller.drain();
        job = await call<ImportJob>('GET', `/api/imports/${importId}`);
        if (job.status === 'done') break;
      }
      await api.poller.drain();
      const seconds = (performance.now() - started) / 1000;
      const usage = meter.read();
      return {
        rows,
        created: job.created,
        failed: job.failed,
        'dry run (s)': Math.round(checkSeconds * 10) / 10,
        'run (s)': Math.round(seconds * 10) / 10,
        'rows/s': Math.round(rows / seconds),
        'DynamoDB items written per row': Math.round((usage.itemsWritten / rows) * 100) / 100,
        'DynamoDB calls per row': Math.round((usage.calls / rows) * 100) / 100,
      };
    }

    const run = `b${Date.now().toString(36)}`;
    const clientLines = ['Patient ID,First Name,Last Name,DOB,Email Address,Mobile'];
    for (let index = 0; index < CLIENT_ROWS; index++) {
      clientLines.push(`${run}-c${index},Ada${index},"Lovelace, ${index}",1980-02-${String((index % 28) + 1).padStart(2, '0')},ada${index}@example.test,+1 416 555 ${String(1000 + (index % 9000))}`);
    }
    const clients = await importFile('clients', clientLines, CLIENT_ROWS);
    await importFile('cases', ['Case ID,Patient ID,Case Type,Intake Date', `${run}-k0,${run}-c0,private,2024-05-01`, `${run}-k1,${run}-c1,private,2024-06-01`], 2);

    const calendar = (await call<{ items: { calendarId: string; name: string; kind: string }[] }>('GET', '/api/calendars?kind=provider')).items[0]!;
    const session = (await call<{ items: { name: string }[] }>('GET', '/api/sessions')).items[0]!;
    const visitLines = ['Appointment ID,Case ID,Provider,Service,Start Time,Duration,Status'];
    for (let index = 0; index < APPOINTMENT_ROWS; index++) {
      const past = index % 2 === 0;
      const day = new Date(Date.UTC(past ? 2024 : 2031, 0, 1) + Math.floor(index / 2) * 86_400_000).toISOString().slice(0, 10);
      visitLines.push(`${run}-a${index},${run}-k${index % 2},${calendar.name},${session.name},${day} 09:30,45,${past ? 'Arrived' : 'booked'}`);
    }
    const appointments = await importFile('appointments', visitLines, APPOINTMENT_ROWS);
    console.log(JSON.stringify({ clients, appointments }, null, 2));
  } finally {
    await api.stop();
    await dynamoDb.stop();
  }
}

await main();
