/**
 * DynamoDB Local for the test files. Each vitest worker (VITEST_POOL_ID) has one instance, started by
 * the first file in that worker that calls `dynamoEndpoint()` and reused by the files that run after it
 * in the same worker, one at a time; every file works in tables of its own (unique names) and the
 * tables a file leaves behind are deleted after its last hook (`perFileDynamo.ts`). The run's global
 * setup (`dynamoWorkers.ts`) stops the instances when the run ends.
 *
 * A JVM per file cost every file a cold start and a cold JIT. One instance for a whole run once slowed
 * 10-20 times over a run (commit c76d829), so an instance is replaced after a number of files
 * (CASEFILE_TEST_FILES_PER_DYNAMO, default below): the files it serves stay as fast as they are alone.
 * CASEFILE_TEST_DYNAMO=per-file gives every file its own instance again, stopped after its last hook.
 */
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DeleteTableCommand, ListTablesCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { expect, inject } from 'vitest';
import { startDynamoDbLocal, type DynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { isLocalRuntimeError } from '../../hosts/local/src/errors';
import { createLocalDynamoDbClient } from '../../hosts/local/src/localClients';
import { findFreePort } from '../../hosts/local/src/ports';
import { ensureTable } from '../../hosts/local/src/tableSetup';
import { isDynamoDbLocal, stopByPid, type WorkerDynamo } from './dynamoPids';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where each worker records its DynamoDB Local (`worker-<id>.json`); unset for private instances. */
    dynamoWorkersFolder: string;
  }
}

/**
 * Compiling with C1 only warms up sooner on a two-core machine: a private instance lives for one file,
 * so most of its requests run before the optimising compiler would pay off, and a shared one, started
 * by the worker's first file, seeds the run's snapshot while it is cold (CASEFILE_TEST_JVM=default for
 * the default JIT).
 */
export const TEST_JVM_OPTIONS = process.env.CASEFILE_TEST_JVM === 'default' ? [] : ['-XX:TieredStopAtLevel=1'];

const FILES_PER_INSTANCE = Number(process.env.CASEFILE_TEST_FILES_PER_DYNAMO ?? 20);


interface FileDynamo {
  endpoint: string;
  /** Stops a private instance, or deletes the file's tables from a shared one. */
  release(): Promise<void>;
}

let running: Promise<FileDynamo> | undefined;

/**
 * `own`: the file's first caller asks for a private instance. Worlds that seed for themselves (with
 * notifications or their own consumers) do: their stream records made a shared instance slow enough
 * to time out their start (a notifications file's beforeAll took over 180 s where its own JVM took 99 s).
 */
export async function dynamoEndpoint(options: { own?: boolean } = {}): Promise<string> {
  running ??= acquire(options.own ?? false);
  return (await running).endpoint;
}

export async function stopFileDynamo(): Promise<void> {
  const instance = await running?.catch(() => undefined);
  running = undefined;
  await instance?.release();
}

async function acquire(own: boolean): Promise<FileDynamo> {
  const folder = inject('dynamoWorkersFolder');
  if (own || !folder || process.env.CASEFILE_TEST_DYNAMO === 'per-file') {
    const instance = await startOnFreePort(TEST_JVM_OPTIONS);
    return { endpoint: instance.endpoint, release: () => instance.stop() };
  }
  const name = `worker-${process.env.VITEST_POOL_ID ?? '1'}`;
  const worker = await workerInstance(join(folder, `${name}.json`), join(folder, `${name}.log`));
  const client = createLocalDynamoDbClient(worker.endpoint);
  const before = new Set(await tableNames(client));
  if (process.env.CASEFILE_TEST_DYNAMO_PROBE) await probe(client, worker, process.env.CASEFILE_TEST_DYNAMO_PROBE);
  return {
    endpoint: worker.endpoint,
    async release() {
      try {
        for (const name of await tableNames(client)) {
          if (!before.has(name)) await client.send(new DeleteTableCommand({ TableName: name })).catch(() => undefined);
        }
      } finally {
        client.destroy();
      }
    },
  };
}

/** The worker's instance, started when it has none yet, its last one has died or has served its files. */
async function workerInstance(stateFile: string, logFile: string): Promise<WorkerDynamo> {
  const recorded = await readFile(stateFile, 'utf8').then((text) => JSON.parse(text) as WorkerDynamo, () => undefined);
  if (recorded && isDynamoDbLocal(recorded.pid) && recorded.files < FILES_PER_INSTANCE) {
    const next = { ...recorded, files: recorded.files + 1 };
    await writeFile(stateFile, JSON.stringify(next));
    return next;
  }
  if (recorded) await stopByPid(recorded.pid);
  const instance = await startOnFreePort(TEST_JVM_OPTIONS, logFile);
  const started = { pid: instance.pid, endpoint: instance.endpoint, files: 1 };
  await writeFile(stateFile, JSON.stringify(started));
  return started;
}

/**
 * Appends to a file how long 50 PutItems take on the shared instance before this file uses it (the
 * slowdown c76d829 saw: 0.6 s alone, 13 s late in a run), to check FILES_PER_INSTANCE.
 */
async function probe(client: DynamoDBClient, worker: WorkerDynamo, file: string): Promise<void> {
  const TableName = `probe-${process.pid}`;
  await ensureTable(client, TableName);
  const started = performance.now();
  for (let index = 0; index < 50; index += 1) {
    await client.send(new PutItemCommand({ TableName, Item: { pk: { S: `probe#${index}` }, sk: { S: 'probe' }, value: { S: 'x'.repeat(200) } } }));
  }
  const ms = Math.round(performance.now() - started);
  await client.send(new DeleteTableCommand({ TableName }));
  await appendFile(file, `${JSON.stringify({ pid: worker.pid, files: worker.files, putItems50Ms: ms, test: expect.getState().testPath })}\n`);
}

async function tableNames(client: DynamoDBClient): Promise<string[]> {
  const names: string[] = [];
  let start: string | undefined;
  do {
    const page = await client.send(new ListTablesCommand(start ? { ExclusiveStartTableName: start } : {}));
    names.push(...(page.TableNames ?? []));
    start = page.LastEvaluatedTableName;
  } while (start);
  return names;
}

/** Another process may take the free port between the check and the start; try a few. */
async function startOnFreePort(jvmOptions: readonly string[], detachedLogFile?: string, attempts = 3): Promise<DynamoDbLocal> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startDynamoDbLocal({ port: await findFreePort(), jvmOptions, ...(detachedLogFile ? { detachedLogFile } : {}) });
    } catch (error) {
      if (attempt >= attempts || !isLocalRuntimeError(error) || !/already in use/.test(error.message)) throw error;
    }
  }
}
