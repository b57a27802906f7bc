/**
 * The demo seed, taken once per run. Seeding through the repositories is about 800 writes, and the
 * stream consumers then write about as many again; on a file's freshly started DynamoDB Local (a cold
 * JVM) that was most of every API test file's start. The first world of a run seeds a scratch world as
 * before, lets its consumers finish and keeps the table's items; later worlds start from those items,
 * loaded before the table's stream is on, so their consumers begin with nothing to catch up on.
 *
 * Worlds with their own consumers or with notifications seed for themselves: their consumers' side
 * effects outside the table (schedules, mail) for the seeded visits are part of what they test.
 */
import { open, readFile, rename, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { Temporal } from 'temporal-polyfill';
import { inject } from 'vitest';
import { createLocalDynamoDbClient } from '../../hosts/local/src/localClients';
import { seedIfEmpty } from '../../hosts/local/src/seed';
import { DEMO_CLINICS } from '../../hosts/local/src/seed/demoData';
import { startTestApi } from '../setup/localApi';

export interface SeedSnapshot {
  takenAt: string;
  /** The link secret the seeded items were written under; a world using them must sign with it too. */
  publicLinkSecret: string;
  items: Record<string, AttributeValue>[];
}

/** How long a world waits for another file's snapshot before seeding for itself. */
const WAIT_FOR_OTHER_MS = 120_000;

/** The run's snapshot (the first caller takes it; an exclusive lock file decides), or undefined to seed. */
export async function seedSnapshot(endpoint: string): Promise<SeedSnapshot | undefined> {
  const folder = inject('seedSnapshotFolder');
  // CASEFILE_TEST_SEED=each makes every world seed through the repositories, as before the snapshot.
  if (!folder || process.env.CASEFILE_TEST_SEED === 'each') return undefined;
  const file = join(folder, 'seed.json');
  const snapshot = await readSnapshot(file, folder, endpoint);
  return snapshot && sameClinicDays(snapshot.takenAt, new Date().toISOString()) ? snapshot : undefined;
}

async function readSnapshot(file: string, folder: string, endpoint: string): Promise<SeedSnapshot | undefined> {
  const lock = await open(join(folder, 'seed.lock'), 'wx').catch(() => undefined);
  if (lock) {
    await lock.close();
    const snapshot = await takeSeedSnapshot(endpoint);
    await writeFile(`${file}.partial`, JSON.stringify(snapshot));
    await rename(`${file}.partial`, file);
    return snapshot;
  }
  for (const deadline = Date.now() + WAIT_FOR_OTHER_MS; Date.now() < deadline; await sleep(100)) {
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text) return JSON.parse(text) as SeedSnapshot;
  }
  return undefined;
}

async function takeSeedSnapshot(endpoint: string): Promise<SeedSnapshot> {
  const takenAt = new Date().toISOString();
  const scratch = await startTestApi({ endpoint });
  const client = createLocalDynamoDbClient(endpoint);
  try {
    await seedIfEmpty({ tableName: scratch.tableName, endpoint, identityFile: scratch.identity.filePath });
    await scratch.poller.drain();
    const items: Record<string, AttributeValue>[] = [];
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await client.send(new ScanCommand({ TableName: scratch.tableName, ExclusiveStartKey: startKey }));
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return { takenAt, publicLinkSecret: process.env.PUBLIC_LINK_SECRET!, items };
  } finally {
    client.destroy();
    await scratch.stop();
  }
}

function sameClinicDays(a: string, b: string): boolean {
  const zones = DEMO_CLINICS.flatMap((clinic) => [clinic.timeZone, ...clinic.locations.map((location) => location.timeZone)]);
  const day = (instant: string, timeZone: string) => Temporal.Instant.from(instant).toZonedDateTimeISO(timeZone).toPlainDate().toString();
  return zones.every((timeZone) => day(a, timeZone) === day(b, timeZone));
}
