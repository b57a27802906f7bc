/**
 * A folder for the run's demo seed snapshot (test/support/seedSnapshot.ts): the first test world of a
 * run takes the snapshot into it and every later world loads it. Runs of unit tests alone never seed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    seedSnapshotFolder: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = await mkdtemp(join(tmpdir(), 'casefile-seed-'));
  project.provide('seedSnapshotFolder', folder);
  return () => rm(folder, { recursive: true, force: true });
}
