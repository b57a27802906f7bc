/**
 * Another revision checked out beside this one, sharing this checkout's installed packages: a
 * `node_modules` folder of links to ours, except `@casefile/*`, which point at the baseline's own
 * workspaces (ours are links to `../../packages/*` and would resolve to this checkout's code).
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { LambdaEntry } from './lambdaEntries';

const run = promisify(execFile);

export interface BaselineCheckout {
  root: string;
  commit: string;
  remove: () => Promise<void>;
}

export async function checkOutBaseline(repoRoot: string, ref: string, dir: string): Promise<BaselineCheckout> {
  const commit = (await run('git', ['rev-parse', '--verify', `${ref}^{commit}`], { cwd: repoRoot })).stdout.trim();
  await run('git', ['worktree', 'add', '--detach', dir, commit], { cwd: repoRoot });
  const remove = async () => {
    await run('git', ['worktree', 'remove', '--force', dir], { cwd: repoRoot });
  };
  try {
    await linkPackages(repoRoot, dir);
  } catch (error) {
    await remove();
    throw error;
  }
  return { root: dir, commit, remove };
}

async function linkPackages(repoRoot: string, dir: string): Promise<void> {
  const ours = path.join(repoRoot, 'node_modules');
  const theirs = path.join(dir, 'node_modules');
  await mkdir(path.join(theirs, '@casefile'), { recursive: true });
  for (const name of await readdir(ours)) {
    if (name !== '@casefile') await symlink(path.join(ours, name), path.join(theirs, name));
  }
  const { workspaces } = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8')) as { workspaces: string[] };
  for (const workspace of workspaces) {
    const manifest = JSON.parse(await readFile(path.join(dir, workspace, 'package.json'), 'utf8')) as { name: string };
    if (manifest.name.startsWith('@casefile/')) await symlink(path.join(dir, workspace), path.join(theirs, manifest.name));
  }
}

/** The baseline's entries, listed by running this checkout's lister inside it (so against its route tables). */
export async function baselineEntries(baselineRoot: string, listerFile: string): Promise<LambdaEntry[]> {
  const copy = path.join(baselineRoot, path.relative(path.resolve(listerFile, '../../../..'), listerFile));
  await mkdir(path.dirname(copy), { recursive: true });
  await cp(listerFile, copy);
  const { stdout } = await run(process.execPath, ['--import', 'tsx', copy], { cwd: baselineRoot });
  return JSON.parse(stdout) as LambdaEntry[];
}
