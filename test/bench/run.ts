/**
 * `npm run bench`: throughput and latency of the first routes through the local gateway, with the
 * DynamoDB calls and capacity each request costs. Runs against an in-memory DynamoDB Local on
 * 127.0.0.1; numbers are for comparison between commits on the same machine, not SLAs.
 */
import { performance } from 'node:perf_hooks';
import { sharedDocumentClient } from '@casefile/db';
import { startDynamoDbLocal } from '../../packages/local/src/dynamoDbLocal';
import { findFreePort } from '../../packages/local/src/ports';
import { seedIfEmpty } from '../../packages/local/src/seed';
import { startTestApi } from '../setup/localApi';
import { meterDynamoDb } from './dynamoMeter';

Object.assign(process.env, {
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  LOG_LEVEL: 'WARN',
});

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);

interface Scenario {
  name: string;
  request: (index: number) => Promise<Response>;
}

async function runScenario(scenario: Scenario, meter: ReturnType<typeof meterDynamoDb>) {
  // Warm up the code paths and connections first; they are not what is measured.
  for (let i = 0; i < 50; i++) await scenario.request(-1 - i);
  meter.reset();
  const latencies: number[] = [];
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < REQUESTS) {
        const index = next++;
        const t0 = performance.now();
        const response = await scenario.request(index);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
        if (!response.ok) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  const usage = meter.read();
  return {
    scenario: scenario.name,
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    failures,
    requestsPerSecond: Math.round(REQUESTS / seconds),
    p50ms: +at(0.5).toFixed(1),
    p99ms: +at(0.99).toFixed(1),
    dynamoCallsPerRequest: +(usage.calls / REQUESTS).toFixed(2),
    capacityUnitsPerRequest: +(usage.capacityUnits / REQUESTS).toFixed(2),
    callsByCommand: Object.fromEntries(Object.entries(usage.byCommand).map(([command, count]) => [command, +(count / REQUESTS).toFixed(2)])),
  };
}

async function main() {
  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  const api = await startTestApi({ endpoint: dynamoDb.endpoint });
  try {
    const seed = await seedIfEmpty({ tableName: api.tableName, endpoint: dynamoDb.endpoint, identityFile: api.identity.filePath });
    const desk = seed.users.find((user) => user.role === 'front_desk')!;
    const token = await api.tokenFor({ email: desk.email, clinicId: desk.clinicId, memberId: desk.memberId, role: desk.role });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    // Stream consumers share the client; stop them so the meter sees only the request path.
    await api.poller.stop();
    const meter = meterDynamoDb(sharedDocumentClient());

    const sessions = (await (await fetch(`${api.baseUrl}/api/sessions`, { headers })).json()) as { items: { sessionId: string; name: string }[] };
    const sessionId = sessions.items.find((session) => session.name === 'Physiotherapy treatment')!.sessionId;
    const created = await fetch(`${api.baseUrl}/api/clients`, { method: 'POST', headers, body: JSON.stringify({ firstName: 'Bench', lastName: 'Mark' }) });
    const { clientId } = (await created.json()) as { clientId: string };
    for (let i = 0; i < 3; i++) {
      await fetch(`${api.baseUrl}/api/clients/${clientId}/cases`, { method: 'POST', headers, body: JSON.stringify({ caseType: 'private', intakeDate: '2026-11-01' }) });
    }

    const results = [
      await runScenario(
        {
          name: 'POST /api/clients',
          request: (index) =>
            fetch(`${api.baseUrl}/api/clients`, {
              method: 'POST',
              headers,
              body: JSON.stringify({ firstName: `Client${index}`, lastName: `Bench${index}`, email: `c${index}@bench.test`, phone: `+1 416 555 ${String(1000 + (Math.abs(index) % 9000))}` }),
            }),
        },
        meter,
      ),
      await runScenario({ name: 'GET /api/clients/{id} (client with 3 cases)', request: () => fetch(`${api.baseUrl}/api/clients/${clientId}`, { headers }) }, meter),
      await runScenario(
        {
          name: 'GET /api/availability (find time, every provider calendar of the discipline, 14 days)',
          request: () => fetch(`${api.baseUrl}/api/availability?sessionId=${sessionId}&limit=20`, { headers }),
        },
        meter,
      ),
    ];
    console.log(JSON.stringify({ node: process.version, results, engine: await (await import('./engine')).runEngineBench() }, null, 2));
  } finally {
    await api.stop();
    await dynamoDb.stop();
  }
}

await main();
