import { execFileSync } from 'node:child_process';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildImportGraph, findCycles } from '../support/importGraph';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every TypeScript file the repository tracks (generated declarations aside): functions, packages, hosts, infra, web, tests. */
function trackedSources(): string[] {
  const listed = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '*.ts', '*.tsx'], { cwd: ROOT, encoding: 'utf8' });
  return listed
    .split('\0')
    .filter((file) => file && !file.endsWith('.d.ts'))
    .map((file) => path.join(ROOT, file));
}

function compilerOptions(): ts.CompilerOptions {
  const { config } = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, ROOT).options;
}

describe('findCycles', () => {
  it('finds a cycle through several files, and only that one', () => {
    const graph = new Map([
      ['routes', ['appointmentRoutes', 'types']],
      ['appointmentRoutes', ['routes']],
      ['types', []],
      ['handler', ['routes']],
    ]);
    expect(findCycles(graph)).toEqual([['appointmentRoutes', 'routes']]);
  });

  it('finds a file importing itself', () => {
    expect(findCycles(new Map([['a', ['a']]]))).toEqual([['a']]);
  });

  it('passes a graph with shared dependencies but no cycle', () => {
    const graph = new Map([
      ['a', ['b', 'c']],
      ['b', ['c']],
      ['c', []],
    ]);
    expect(findCycles(graph)).toEqual([]);
  });
});

describe('the repository', () => {
  it('has no import cycle anywhere', () => {
    const files = trackedSources();
    const graph = buildImportGraph(files, ROOT, compilerOptions());
    expect(graph.size).toBeGreaterThan(400);
    const cycles = findCycles(graph).map((cycle) => cycle.map((file) => path.relative(ROOT, file)));
    expect(cycles).toEqual([]);
  });
});
