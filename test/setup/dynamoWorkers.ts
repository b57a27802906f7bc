/**
 * A folder where each vitest worker records the DynamoDB Local its test files share
 * (test/setup/fileDynamo.ts); when the run ends, the instances still running are stopped by pid.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { stopByPid, type WorkerDynamo } from './dynamoPids';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'casefile-dynamo-'));
  project.provide('dynamoWorkersFolder', folder);
  return async () => {
    const states = (await readdir(folder)).filter((name) => name.endsWith('.json'));
    for (const state of states) {
      const { pid } = JSON.parse(await readFile(join(folder, state), 'utf8')) as WorkerDynamo;
      await stopByPid(pid);
    }
    if (process.env.CASEFILE_TEST_KEEP_DYNAMO_LOGS !== '1') await rm(folder, { recursive: true, force: true });
  };
}
