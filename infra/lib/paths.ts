/** Where the CDK app finds the code it deploys, resolved from this file so the CLI's cwd does not matter. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const LOCK_FILE = path.join(REPO_ROOT, 'package-lock.json');
export const TSCONFIG = path.join(REPO_ROOT, 'tsconfig.json');

export function apiEntry(fn: string): string {
  return path.join(REPO_ROOT, 'functions/src/api', fn, 'handler.ts');
}

export function streamEntry(consumer: string): string {
  return path.join(REPO_ROOT, 'functions/src/streams', `${consumer}.ts`);
}

/** A one-time schedule's target (`scheduled`) or an event subscriber (`events`). */
export function taskEntry(folder: 'scheduled' | 'events', name: string): string {
  return path.join(REPO_ROOT, 'functions/src', folder, `${name}.ts`);
}

/** A built web app's folder, or undefined while it has not been built. */
export function builtWebDir(app: 'console' | 'booking'): string | undefined {
  const dir = path.join(REPO_ROOT, 'web', app, 'dist');
  return existsSync(dir) ? dir : undefined;
}
