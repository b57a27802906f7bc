/** The built booking pages for browser tests: rebuilt with Vite when any source is newer than the build. */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../infra/lib/paths';

export const BOOKING_APP_DIR = join(REPO_ROOT, 'web/booking');
export const BOOKING_DIST = join(BOOKING_APP_DIR, 'dist');

export function ensureBookingBuilt(): string {
  const built = mtimeOf(join(BOOKING_DIST, 'index.html'));
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json'].map((name) => newestIn(join(BOOKING_APP_DIR, name)));
  if (built === undefined || sources.some((time) => time > built)) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle development builds of the libraries.
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: BOOKING_APP_DIR,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  return BOOKING_DIST;
}

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestIn(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestIn(join(path, name))));
}
