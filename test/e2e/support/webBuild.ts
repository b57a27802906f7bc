/** A built web app for browser tests: rebuilt with Vite when any source is newer than the build. */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../../../infra/lib/paths';

export function ensureWebBuilt(app: 'console' | 'booking'): string {
  const appDir = join(REPO_ROOT, 'web', app);
  const dist = join(appDir, 'dist');
  const built = mtimeOf(join(dist, 'index.html'));
  const sources = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'].map((name) => newestIn(join(appDir, name)));
  if (built === undefined || sources.some((time) => time > built)) {
    // Vitest sets NODE_ENV=test, which would make Vite bundle development builds of the libraries.
    execFileSync(process.execPath, [join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], {
      cwd: appDir,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    });
  }
  return dist;
}

function mtimeOf(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestIn(path: string): number {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestIn(join(path, name))));
}
