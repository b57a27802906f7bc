/**
 * DynamoDB Local for one test file: started on the file's first call to `dynamoEndpoint()`, stopped
 * by pid after the file's last hook (`perFileDynamo.ts`). One instance for a whole run used to be
 * shared, but DynamoDB Local slows down with everything a run writes and deletes (late files ran 10-20
 * times slower than alone: a 50-item PutItem loop took 13 s instead of 0.6 s), so the concurrency
 * tests at the end of a run hit API Gateway's 30 s timeout. A fresh instance per file costs a few
 * seconds and keeps every file as fast as it is alone.
 */
import { startDynamoDbLocal, type DynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { isLocalRuntimeError } from '../../hosts/local/src/errors';
import { findFreePort } from '../../hosts/local/src/ports';

/**
 * An instance here lives for one file, so most of its requests run before the JIT's optimising
 * compiler would pay off; compiling with C1 only warms up sooner on a two-core machine.
 */
export const TEST_JVM_OPTIONS = process.env.CASEFILE_TEST_JVM === 'default' ? [] : ['-XX:TieredStopAtLevel=1'];

let running: Promise<DynamoDbLocal> | undefined;

export async function dynamoEndpoint(): Promise<string> {
  running ??= startOnFreePort();
  return (await running).endpoint;
}

export async function stopFileDynamo(): Promise<void> {
  const instance = await running?.catch(() => undefined);
  running = undefined;
  await instance?.stop();
}

/** Another process may take the free port between the check and the start; try a few. */
async function startOnFreePort(attempts = 3): Promise<DynamoDbLocal> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startDynamoDbLocal({ port: await findFreePort(), jvmOptions: TEST_JVM_OPTIONS });
    } catch (error) {
      if (attempt >= attempts || !isLocalRuntimeError(error) || !/already in use/.test(error.message)) throw error;
    }
  }
}
