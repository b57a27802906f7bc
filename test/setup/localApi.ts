/**
 * The local API for tests that go over HTTP: a fresh table on the run's DynamoDB Local, the gateway
 * on a free port with the real handlers (or injected ones), the stream poller and an in-memory token
 * issuer. Handlers find the table through TABLE_NAME and DYNAMODB_ENDPOINT, as in AWS.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteTableCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { LocalIdentityDirectory, createLocalTokenIssuer, type StaffIdentity } from '@casefile/adapters';
import type { ApiHandler, StreamHandler } from '@casefile/functions/handlers';
import { LocalScheduleStore } from '@casefile/adapters';
import { scheduledHandlers } from '@casefile/functions/handlers';
import { objectStorage } from '@casefile/functions/ports/objectStorage';
import { startGateway } from '../../hosts/local/src/gateway';
import type { StaticMount } from '../../hosts/local/src/http/staticFiles';
import { findFreePort } from '../../hosts/local/src/ports';
import { scheduleTargets } from '../../hosts/local/src/scheduleTargets';
import { startSchedulerLoop, type SchedulerLoop } from '../../hosts/local/src/schedulerLoop';
import { startSesLocal, type SesLocal } from '../../hosts/local/src/sesLocal';
import { startS3Local, type S3Local } from '../../hosts/local/src/s3/s3Local';
import { createLocalDynamoDbClient } from '../../hosts/local/src/localClients';
import { startStreamPoller, type ConsumerDefinitionLike, type StreamPoller } from '../../hosts/local/src/streamPoller';
import { ensureTable } from '../../hosts/local/src/tableSetup';
import { signWithKeyFile } from '../support/signedClaims';
import { createPreloadedTable } from './preloadedTable';

export interface TestApiOptions {
  endpoint: string;
  /** Replace the real API handlers (all of them). */
  handlers?: Partial<Record<string, ApiHandler>>;
  /** Replace the real stream consumers and their handlers. */
  consumers?: readonly ConsumerDefinitionLike[];
  streamHandlers?: Partial<Record<string, StreamHandler>>;
  /** Built web apps the gateway serves, as `npm start` does (browser tests). */
  staticDirs?: readonly StaticMount[];
  /** Also run the local SES endpoint and a schedule store with a scheduler loop that tests tick by hand. */
  notifications?: { now: () => number };
  /** The local S3 twin's clock, for tests of presigned URLs that expire. */
  objectStorageNow?: () => Date;
  /** Items the table starts with, before its stream begins (test/support/seedSnapshot.ts). */
  preload?: { items: readonly Record<string, AttributeValue>[]; publicLinkSecret: string };
}

export interface TestNotifications {
  ses: SesLocal;
  schedules: LocalScheduleStore;
  scheduler: SchedulerLoop;
}

export interface TestApi {
  /** e.g. `http://127.0.0.1:41234`; routes live under `/api/`. */
  baseUrl: string;
  tableName: string;
  /** A bearer token for this user, signed like a Cognito ID token. */
  tokenFor(user: StaffIdentity): Promise<string>;
  /** Any claims signed with the issuer's own key: for tests of what a valid signature must not be enough for. */
  signClaims(claims: Record<string, unknown>): Promise<string>;
  identity: LocalIdentityDirectory;
  poller: StreamPoller;
  /** The local S3 twin holding case documents. */
  s3: S3Local;
  notifications?: TestNotifications;
  stop(): Promise<void>;
}

export async function startTestApi(options: TestApiOptions): Promise<TestApi> {
  const tableName = `casefile-test-${randomUUID().slice(0, 8)}`;
  const dynamoDb = createLocalDynamoDbClient(options.endpoint);
  if (options.preload) {
    await createPreloadedTable(dynamoDb, tableName, options.preload.items);
    process.env.PUBLIC_LINK_SECRET = options.preload.publicLinkSecret;
  } else {
    await ensureTable(dynamoDb, tableName);
  }
  process.env.TABLE_NAME = tableName;
  process.env.DYNAMODB_ENDPOINT = options.endpoint;
  process.env.PUBLIC_LINK_SECRET ??= randomBytes(32).toString('base64url');

  const folder = await mkdtemp(join(tmpdir(), 'casefile-test-'));
  const identity = new LocalIdentityDirectory(join(folder, 'identities.json'));
  process.env.LOCAL_IDENTITY_FILE = identity.filePath;
  const tokenKeyFile = join(folder, 'token-key.json');
  const issuer = await createLocalTokenIssuer({ keyFile: tokenKeyFile });
  let notifications: TestNotifications | undefined;
  if (options.notifications) {
    const ses = await startSesLocal({ port: await findFreePort() });
    process.env.SES_ENDPOINT = ses.url;
    process.env.LOCAL_SCHEDULES_FILE = join(folder, 'schedules.json');
    const schedules = new LocalScheduleStore(process.env.LOCAL_SCHEDULES_FILE);
    const scheduler = startSchedulerLoop({ store: schedules, targets: scheduleTargets(scheduledHandlers), intervalMs: 0, now: options.notifications.now, log: () => undefined });
    notifications = { ses, schedules, scheduler };
  }
  const gatewayPort = await findFreePort();
  // Started before the gateway, so its bucket's CORS rule names the gateway's origin (the console's).
  const s3 = await startS3Local({ port: 0, directory: join(folder, 's3'), bucket: 'casefile-documents-test', allowedOrigins: [`http://127.0.0.1:${gatewayPort}`], ...(options.objectStorageNow ? { now: options.objectStorageNow } : {}) });
  process.env.S3_ENDPOINT = s3.url;
  process.env.DOCUMENTS_BUCKET = s3.bucket;
  objectStorage.set(undefined);
  const gateway = await startGateway({
    port: gatewayPort,
    tokenVerifier: issuer,
    tokenIssuer: issuer,
    identityDirectory: identity,
    ...(options.handlers ? { handlers: options.handlers } : {}),
    ...(options.staticDirs ? { staticDirs: options.staticDirs } : {}),
  });
  // Manage links in online-booking mail point at this gateway, as they point at the site in AWS.
  process.env.PUBLIC_SITE_URL = gateway.url;
  const poller = startStreamPoller({
    endpoint: options.endpoint,
    tableName,
    pollIntervalMs: 50,
    retryDelayMs: 10,
    log: () => undefined,
    ...(options.consumers ? { consumers: options.consumers } : {}),
    ...(options.streamHandlers ? { handlers: options.streamHandlers } : {}),
  });

  return {
    baseUrl: gateway.url,
    tableName,
    tokenFor: async (user) => (await issuer.issue(user)).token,
    signClaims: (claims) => signWithKeyFile(tokenKeyFile, claims),
    identity,
    poller,
    s3,
    ...(notifications ? { notifications } : {}),
    async stop() {
      await gateway.stop();
      await s3.stop();
      await poller.stop();
      await notifications?.scheduler.stop();
      await notifications?.ses.stop();
      await dynamoDb.send(new DeleteTableCommand({ TableName: tableName })).catch(() => undefined);
      dynamoDb.destroy();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
