/**
 * `npm start`: DynamoDB Local, the SES endpoint, the stream poller, the scheduler loop and the HTTP
 * gateway in one process, seeded with a demo clinic. Ctrl-C stops everything.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LocalIdentityDirectory, LocalScheduleStore, createLocalTokenIssuer } from '@casefile/adapters';
import { startDynamoDbLocal } from './dynamoDbLocal';
import { isLocalRuntimeError } from './errors';
import { applyLocalEnvironment, localDataFiles, readLocalConfig, type LocalConfig } from './localConfig';
import { ensurePublicLinkSecret } from './publicLinkSecret';
import { assertPortFree } from './ports';
import { startSchedulerLoop } from './schedulerLoop';
import { startSesLocal } from './sesLocal';
import { startS3Local } from './s3/s3Local';
import type { DemoUser } from './seed';

type Stop = () => Promise<void>;

const stops: { name: string; stop: Stop }[] = [];

async function main(): Promise<void> {
  const rootDir = fileURLToPath(new URL('../../../', import.meta.url));
  const config = readLocalConfig(process.env, rootDir);
  applyLocalEnvironment(config, process.env);
  const files = localDataFiles(config);
  await ensurePublicLinkSecret(files.publicLinkSecret, process.env);
  mkdirSync(config.dataDir, { recursive: true });

  await assertPortFree(config.gatewayPort, config.host, 'the Casefile gateway', 'PORT');
  console.log('Starting DynamoDB Local...');
  const dynamoDb = await startDynamoDbLocal({
    port: config.dynamoDbPort,
    dbPath: files.dynamoDb,
    tableName: config.tableName,
    onUnexpectedExit: (line) => console.error(line),
  });
  stops.push({ name: 'DynamoDB Local', stop: dynamoDb.stop });
  const ses = await startSesLocal({ port: config.sesPort });
  stops.push({ name: 'SES', stop: ses.stop });
  const s3 = await startS3Local({ port: config.s3Port, directory: files.s3, bucket: config.documentsBucket, allowedOrigins: [`http://${config.host}:${config.gatewayPort}`] });
  stops.push({ name: 'S3', stop: s3.stop });

  // Loaded only now: the handlers behind these modules may read the environment set above when they load.
  const { seedIfEmpty } = await import('./seed');
  const { startStreamPoller } = await import('./streamPoller');
  const { startGateway } = await import('./gateway');
  const { scheduledHandlers } = await import('@casefile/functions/handlers');
  const { scheduleTargets } = await import('./scheduleTargets');

  const identityDirectory = new LocalIdentityDirectory(files.identities);
  const tokenIssuer = await createLocalTokenIssuer({ keyFile: files.signingKey });
  const seed = await seedIfEmpty({ tableName: config.tableName, endpoint: dynamoDb.endpoint, identityFile: files.identities });
  const { seedLivingDemo, demoBookingPages } = await import('./seed/activity');
  if (seed.seeded) {
    console.log('Seeding the demo clinics\' last and current week...');
    await seedLivingDemo({ tableName: config.tableName, endpoint: dynamoDb.endpoint });
  }
  const { seedDemoNotifications } = await import('./seed/seedNotifications');
  await seedDemoNotifications({ tableName: config.tableName, endpoint: dynamoDb.endpoint });

  const poller = startStreamPoller({ endpoint: dynamoDb.endpoint, tableName: config.tableName, checkpointFile: files.streamCheckpoints, failureFile: files.streamFailures });
  stops.push({ name: 'stream poller', stop: poller.stop });
  const scheduler = startSchedulerLoop({ store: new LocalScheduleStore(files.schedules), targets: scheduleTargets(scheduledHandlers) });
  stops.push({ name: 'scheduler loop', stop: scheduler.stop });

  const gateway = await startGateway({
    port: config.gatewayPort,
    host: config.host,
    tokenVerifier: tokenIssuer,
    tokenIssuer,
    identityDirectory,
    mailViewerUrl: ses.url,
    smsOutboxFile: files.smsOutbox,
    staticDirs: [
      { mountPath: '/', directory: join(rootDir, 'web/console/dist') },
      { mountPath: '/book/', directory: join(rootDir, 'web/booking/dist') },
    ],
    log: (line) => console.log(`[gateway] ${line}`),
  });
  stops.push({ name: 'gateway', stop: gateway.stop });

  printBanner(config, gateway.url, ses.url, seed.seeded, seed.users, demoBookingPages(gateway.url));
  console.log(`  Documents (S3) ${s3.url}/${s3.bucket} (data in ${join('.data', 's3')})\n`);
}

function printBanner(config: LocalConfig, url: string, mailViewerUrl: string, seeded: boolean, users: DemoUser[], bookingPages: { clinic: string; url: string }[]): void {
  const api = `${url}/api/`;
  const lines = [
    '',
    `Casefile is running${seeded ? ' (demo data seeded)' : ''}.`,
    `  Console        ${url}/`,
    `  Booking pages  ${url}/book/`,
    `  API base       ${api}`,
    `  Health         ${api}health`,
    `  OpenAPI        ${api}openapi.json`,
    `  Mail viewer    ${mailViewerUrl}`,
    `  SMS viewer     ${url}/_local/sms`,
    `  DynamoDB Local http://127.0.0.1:${config.dynamoDbPort} (data in ${join('.data', 'dynamodb')})`,
    '',
  ];
  if (users.length > 0) {
    lines.push('Demo users:', ...formatTable(['email', 'role', 'clinic'], users.map((user) => [user.email, user.role, user.clinicName])), '');
  }
  lines.push('Demo booking pages:', ...formatTable(['clinic', 'booking page'], bookingPages.map((page) => [page.clinic, page.url])), '');
  const email = users[0]?.email ?? 'owner@example.com';
  lines.push(
    'Get a token for a user, then call the API with it:',
    `  curl -s -X POST ${api}_local/token -d '{"email":"${email}"}'`,
    `  curl -s ${api}clinic -H "Authorization: Bearer <token>"`,
    '',
    'Press Ctrl-C to stop.',
  );
  console.log(lines.join('\n'));
}

function formatTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const format = (row: string[]) => `  ${row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ')}`.trimEnd();
  return [format(header), format(widths.map((width) => '-'.repeat(width))), ...rows.map(format)];
}

async function stopAll(): Promise<void> {
  for (const { name, stop } of stops.splice(0).reverse()) {
    await stop().catch((error: unknown) => console.error(`Stopping ${name} failed: ${(error as Error).message}`));
  }
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(130);
    stopping = true;
    console.log('\nStopping...');
    void stopAll().then(() => process.exit(0));
  });
}

main().catch(async (error: unknown) => {
  await stopAll();
  if (isLocalRuntimeError(error)) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
