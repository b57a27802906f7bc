/** What `npm start` reads from the environment, and the environment it gives the in-process handlers. */
import { join } from 'node:path';
import { LocalRuntimeError } from './errors';

export interface LocalConfig {
  rootDir: string;
  dataDir: string;
  host: string;
  gatewayPort: number;
  dynamoDbPort: number;
  sesPort: number;
  s3Port: number;
  tableName: string;
  documentsBucket: string;
}

export function readLocalConfig(env: NodeJS.ProcessEnv, rootDir: string): LocalConfig {
  return {
    rootDir,
    dataDir: join(rootDir, '.data'),
    host: env.HOST ?? '127.0.0.1',
    gatewayPort: readPort(env, 'PORT', 3000),
    dynamoDbPort: readPort(env, 'DYNAMODB_PORT', 8000),
    sesPort: readPort(env, 'SES_PORT', 8005),
    s3Port: readPort(env, 'S3_PORT', 8006),
    tableName: env.TABLE_NAME ?? 'casefile',
    documentsBucket: env.DOCUMENTS_BUCKET ?? 'casefile-documents',
  };
}

export function localDataFiles(config: LocalConfig) {
  return {
    dynamoDb: join(config.dataDir, 'dynamodb'),
    identities: join(config.dataDir, 'identities.json'),
    schedules: join(config.dataDir, 'schedules.json'),
    signingKey: join(config.dataDir, 'local-issuer-key.json'),
    streamCheckpoints: join(config.dataDir, 'stream-checkpoints.json'),
    streamFailures: join(config.dataDir, 'stream-failures.json'),
    publicLinkSecret: join(config.dataDir, 'public-link-secret'),
    s3: join(config.dataDir, 's3'),
    smsOutbox: join(config.dataDir, 'sms-outbox.json'),
  };
}

/**
 * Nothing here may reach AWS: no instance metadata, dummy credentials, a region. The handlers find
 * the local twins through the same variables they read in AWS.
 */
export function applyLocalEnvironment(config: LocalConfig, env: NodeJS.ProcessEnv): void {
  env.AWS_EC2_METADATA_DISABLED = 'true';
  env.AWS_REGION ??= 'us-east-1';
  env.AWS_ACCESS_KEY_ID ??= 'local';
  env.AWS_SECRET_ACCESS_KEY ??= 'local';
  // Node 20 is supported here on purpose; the SDK's notice about its future support is noise.
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  env.TABLE_NAME = config.tableName;
  env.DYNAMODB_ENDPOINT = `http://127.0.0.1:${config.dynamoDbPort}`;
  env.SES_ENDPOINT = `http://127.0.0.1:${config.sesPort}`;
  env.S3_ENDPOINT = `http://127.0.0.1:${config.s3Port}`;
  env.DOCUMENTS_BUCKET = config.documentsBucket;
  env.LOCAL_IDENTITY_FILE = localDataFiles(config).identities;
  env.LOCAL_SCHEDULES_FILE = localDataFiles(config).schedules;
  env.LOCAL_SMS_OUTBOX_FILE = localDataFiles(config).smsOutbox;
  // Webhooks may reach a receiver on this machine (in AWS only public addresses are allowed).
  env.WEBHOOK_ALLOW_LOOPBACK ??= 'true';
  // Manage links in online-booking mail open the booking pages this runtime serves.
  env.PUBLIC_SITE_URL ??= `http://${config.host}:${config.gatewayPort}`;
}

function readPort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65_535) throw new LocalRuntimeError(`${name} must be a port number between 1 and 65535, not "${raw}".`);
  return port;
}
