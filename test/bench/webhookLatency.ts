/**
 * `npx tsx test/bench/webhookLatency.ts`: webhook delivery latency through the local runtime. N staff
 * bookings (`POST /api/appointments`) with an endpoint registered for `appointment.booked` on a
 * loopback receiver; for each, the time from the API's response to the signed delivery arriving:
 * the stream poller (50 ms, as in the test runtime), the webhooks consumer, the local queue stand-in
 * (the scheduler loop, ticking every WEBHOOK_BENCH_TICK_MS, 1000 ms by default as under `npm start`)
 * and the HTTP sender. In AWS the queue is SQS and has no tick. WEBHOOK_BENCH_CHANGES sets N (200).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { startDynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { findFreePort } from '../../hosts/local/src/ports';
import { seedIfEmpty } from '../../hosts/local/src/seed';
import { outgoingMailFromEnv } from '../../functions/src/ports/outgoingMail';
import { schedulingFromEnv } from '../../functions/src/ports/scheduling';
import { setPorts } from '../../functions/src/ports/setPorts';
import { webhookDeliveryFromEnv } from '../../functions/src/ports/webhooks';
import { startTestApi } from '../setup/localApi';

Object.assign(process.env, {
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  AWS_EC2_METADATA_DISABLED: 'true',
  WEBHOOK_ALLOW_LOOPBACK: 'true',
  LOG_LEVEL: 'WARN',
});

const CHANGES = Number(process.env.WEBHOOK_BENCH_CHANGES ?? 200);
const TICK_MS = Number(process.env.WEBHOOK_BENCH_TICK_MS ?? 1000);
/** Bookings in flight at once: a busy clinic's front desk, not a load test. */
const CONCURRENCY = 4;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function main() {
  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  const api = await startTestApi({ endpoint: dynamoDb.endpoint, notifications: { now: () => Date.now() } });
  setPorts({ outgoingMail: outgoingMailFromEnv(), scheduling: schedulingFromEnv(), webhookDelivery: webhookDeliveryFromEnv() });
  const arrivals = new Map<string, number>();
  let verifier: Webhook | undefined;
  let badSignatures = 0;
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const arrived = performance.now();
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        verifier?.verify(body, request.headers as Record<string, string>);
      } catch {
        badSignatures += 1;
      }
      const event = JSON.parse(body) as { type: string; data: { appointmentId?: string } };
      if (event.type === 'appointment.booked' && event.data.appointmentId && !arrivals.has(event.data.appointmentId)) arrivals.set(event.data.appointmentId, arrived);
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
  const ticker = setInterval(() => void api.notifications!.scheduler.tick().catch(() => undefined), TICK_MS);
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
    // The seed's own changes pass the consumers before the endpoint exists, so none of them is delivered.
    await api.poller.drain();
    const [location] = (await call<{ items: { locationId: string }[] }>('GET', '/api/locations')).items;
    const [discipline] = (await call<{ items: { disciplineId: string }[] }>('GET', '/api/disciplines')).items;
    const session = await call<{ sessionId: string }>('POST', '/api/sessions', { name: 'Webhook bench visit', disciplineId: discipline!.disciplineId, durationMinutes: 30 });
    const calendar = await call<{ calendarId: string }>('POST', '/api/calendars', { kind: 'room', name: 'Webhook bench room', locationId: location!.locationId, disciplineIds: [discipline!.disciplineId] });
    const client = await call<{ clientId: string }>('POST', '/api/clients', { firstName: 'Webhook', lastName: 'Bench' });
    const caseFile = await call<{ caseId: string }>('POST', `/api/clients/${client.clientId}/cases`, { caseType: 'private', intakeDate: '2026-11-01' });
    const registered = await call<{ endpoint: { endpointId: string }; secret: string }>('POST', '/api/webhooks', { url: receiverUrl, eventTypes: ['appointment.booked'] });
    verifier = new Webhook(registered.secret);
    await api.poller.drain();

    const answered = new Map<string, number>();
    let next = 0;
    const book = async () => {
      while (next < CHANGES) {
        const index = next++;
        const start = new Date(Date.UTC(2032, 2, 1, 8) + index * 30 * 60_000).toISOString();
        const booked = await call<{ appointment: { appointmentId: string } }>('POST', '/api/appointments', { caseId: caseFile.caseId, sessionId: session.sessionId, calendarId: calendar.calendarId, start, mode: 'staff' });
        answered.set(booked.appointment.appointmentId, performance.now());
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: CONCURRENCY }, book));
    const bookedIn = performance.now() - started;
    const deadline = Date.now() + 120_000 + CHANGES * 500;
    while ([...answered.keys()].some((id) => !arrivals.has(id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const latencies = [...answered].filter(([id]) => arrivals.has(id)).map(([id, at]) => arrivals.get(id)! - at).sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms);
    // What the delivery log says, so that a run where nothing arrived says why.
    const log = await call<{ items: { state: string; attempts: { statusCode?: number; error?: string }[] }[] }>('GET', `/api/webhooks/${registered.endpoint.endpointId}/deliveries?limit=100`);
    const states: Record<string, number> = {};
    for (const delivery of log.items) states[delivery.state] = (states[delivery.state] ?? 0) + 1;
    const lastError = log.items.flatMap((delivery) => delivery.attempts).find((attempt) => attempt.error !== undefined)?.error;
    console.log(
      JSON.stringify(
        {
          changes: CHANGES,
          delivered: latencies.length,
          badSignatures,
          'delivery log (latest 100) by state': states,
          ...(lastError ? { lastError } : {}),
          queueTickMs: TICK_MS,
          bookingsPerSecond: Math.round((CHANGES / bookedIn) * 1000 * 10) / 10,
          'API response -> receiver (ms)': { p50: round(percentile(latencies, 50)), p99: round(percentile(latencies, 99)), max: round(latencies.at(-1) ?? NaN) },
        },
        null,
        2,
      ),
    );
  } finally {
    clearInterval(ticker);
    setPorts(undefined);
    await new Promise((resolve) => receiver.close(resolve));
    await api.stop();
    await dynamoDb.stop();
  }
}

await main();
