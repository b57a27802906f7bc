/**
 * The Node versions the README and package.json promise (`engines.node`) must be ones every
 * installed package accepts: `npm install` then warns of nothing (EBADENGINE), and no dependency
 * may quietly require a newer Node than we say we support (issue 16, item 8).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
type Manifest = { name?: string; version?: string; engines?: { node?: string }; workspaces?: string[] };
const readManifest = (dir: string): Manifest | undefined => {
  const file = join(dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest) : undefined;
};

/** Every package directory under a node_modules folder, nested ones included. */
function installedPackages(modules: string, found: string[] = []): string[] {
  if (!existsSync(modules)) return found;
  for (const entry of readdirSync(modules, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const dir = join(modules, entry.name);
    if (entry.name.startsWith('@')) {
      for (const scoped of readdirSync(dir, { withFileTypes: true })) if (scoped.isDirectory()) visit(join(dir, scoped.name), found);
    } else visit(dir, found);
  }
  return found;
}

function visit(dir: string, found: string[]): void {
  found.push(dir);
  installedPackages(join(dir, 'node_modules'), found);
}

describe('the promised Node versions and the installed packages agree', () => {
  const root = readManifest(ROOT)!;
  const promised = root.engines?.node ?? '';
  const workspaceDirs = (root.workspaces ?? []).map((workspace) => join(ROOT, workspace));

  it('promises a range of Node versions', () => {
    expect(semver.validRange(promised), promised).not.toBeNull();
  });

  it("admits the promised range in every installed package's engines.node", () => {
    const packages = [ROOT, ...workspaceDirs].flatMap((dir) => installedPackages(join(dir, 'node_modules')));
    expect(packages.length).toBeGreaterThan(100);
    const refusing = packages.flatMap((dir) => {
      const manifest = readManifest(dir);
      const wanted = manifest?.engines?.node;
      if (!wanted || !semver.validRange(wanted)) return [];
      return semver.subset(promised, wanted) ? [] : [`${manifest.name}@${manifest.version} wants node ${wanted}`];
    });
    expect(refusing).toEqual([]);
  });
});
