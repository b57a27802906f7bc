/** A worker's shared DynamoDB Local, known by pid to the processes that did not start it (test/setup/fileDynamo.ts). */
import { readFileSync } from 'node:fs';
import { kill } from 'node:process';
import { setTimeout as sleep } from 'node:timers/promises';

/** A worker's shared instance, as recorded in its file. */
export interface WorkerDynamo {
  pid: number;
  endpoint: string;
  /** Files served so far, the current one included. */
  files: number;
}

/** True while the pid is a running DynamoDB Local (not a pid reused by something else). */
export function isDynamoDbLocal(pid: number): boolean {
  try {
    kill(pid, 0);
  } catch {
    return false;
  }
  return readCommandLine(pid).includes('DynamoDBLocal.jar');
}

function readCommandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    // No /proc (macOS): trust the pid.
    return 'DynamoDBLocal.jar';
  }
}

/** Stops an in-memory instance this process did not start (nothing to flush) and waits until it is gone. */
export async function stopByPid(pid: number): Promise<void> {
  if (!isDynamoDbLocal(pid)) return;
  kill(pid, 'SIGKILL');
  for (let waited = 0; waited < 10_000 && isDynamoDbLocal(pid); waited += 50) await sleep(50);
}

