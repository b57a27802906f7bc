/**
 * `npm run bench`: throughput and latency of the first routes through the local gateway, with the
 * DynamoDB calls and capacity each request costs. Runs against an in-memory DynamoDB Local on
 * 127.0.0.1; numbers are for comparison between commits on the same machine, not SLAs.
 */
import { sharedDocumentClient } from '@casefile/db';
import { startDynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { findFreePort } from '../../hosts/local/src/ports';
import { seedIfEmpty } from '../../hosts/local/src/seed';
import { startTestApi } from '../setup/localApi';
import { runAppointmentBench } from './appointments';
import { runBillingBench } from './billing';
import { meterDynamoDb } from './dynamoMeter';
import { runScenario } from './scenario';

Object.assign(process.env, {
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  LOG_LEVEL: 'WARN',
});

async function main() {
  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  const api = await startTestApi({ endpoint: dynamoDb.endpoint });
  try {
    const seed = await seedIfEmpty({ tableName: api.tableName, endpoint: dynamoDb.endpoint, identityFile: api.identity.filePath });
    const desk = seed.users.find((user) => user.role === 'front_desk')!;
    const token = await api.tokenFor({ email: desk.email, clinicId: desk.clinicId, memberId: desk.memberId, role: desk.role });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const manager = seed.users.find((user) => user.role === 'manager' && user.clinicId === desk.clinicId)!;
    const managerToken = await api.tokenFor({ email: manager.email, clinicId: manager.clinicId, memberId: manager.memberId, role: manager.role });
    const managerHeaders = { authorization: `Bearer ${managerToken}`, 'content-type': 'application/json' };
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

    const billingOnly = process.env.BENCH_ONLY === 'billing';
    const results = billingOnly
      ? await runBillingBench({ baseUrl: api.baseUrl, headers: managerHeaders, endpoint: dynamoDb.endpoint, tableName: api.tableName, meter })
      : [
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
      ...(await runAppointmentBench({ baseUrl: api.baseUrl, headers: managerHeaders, run: (scenario, options) => runScenario(scenario, meter, options) })),
      ...(await runBillingBench({ baseUrl: api.baseUrl, headers: managerHeaders, endpoint: dynamoDb.endpoint, tableName: api.tableName, meter })),
    ];
    console.log(JSON.stringify({ node: process.version, results, ...(billingOnly ? {} : { engine: await (await import('./engine')).runEngineBench() }) }, null, 2));
  } finally {
    await api.stop();
    await dynamoDb.stop();
  }
}

await main();
