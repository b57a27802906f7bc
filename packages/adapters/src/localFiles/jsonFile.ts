/**
 * JSON files that stand in for cloud state when running locally (identities, schedules, keys).
 * Writes go to a temp file renamed over the target, so a crash never leaves half a file; writers
 * of one path in this process are queued so a read-modify-write never loses an update.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { randomUUID } from 'node:crypto';

const queues = new Map<string, Promise<unknown>>();

export async function readJsonFile<T>(path: string, fallback: T): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
}

export async function writeJsonFileAtomically(path: string, value: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${randomUUID()}.tmp`;
  await writeFile(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
  await rename(temp, path);
}

/** Runs `change` on the file's current content and writes its result, one change per path at a time. */
export function updateJsonFile<T>(path: string, fallback: T, change: (current: T) => T): Promise<T> {
  const previous = queues.get(path) ?? Promise.resolve();
  const next = previous
    .catch(() => undefined)
    .then(async () => {
      const updated = change(await readJsonFile(path, fallback));
      await writeJsonFileAtomically(path, updated);
      return updated;
    });
  queues.set(path, next);
  void next.finally(() => {
    if (queues.get(path) === next) queues.delete(path);
  }).catch(() => undefined);
  return next;
}
