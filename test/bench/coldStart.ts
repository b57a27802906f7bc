/**
 * `npm run bench:cold`: bundles every Lambda as CDK does, then imports each bundle in fresh Node
 * processes and reports its size and the CPU the import costs, with and without source maps loaded.
 *
 *   npm run bench:cold -- [--runs 5] [--only api/billing,api/team] [--top 6] [--baseline <git-ref>]
 *
 * With --baseline, the ref is checked out into a temporary git worktree, bundled the same way, and
 * printed beside this checkout. Bundles go to a temporary folder that is removed afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../infra/lib/paths';
import { baselineEntries, checkOutBaseline } from './coldStart/baselineCheckout';
import { bundleLambda, foreignInputs, topContributors } from './coldStart/bundleLambda';
import { medianImportCpuMs } from './coldStart/importCost';
import { type LambdaEntry, lambdaEntries } from './coldStart/lambdaEntries';

interface Measured {
  jsKb: number;
  mapKb: number;
  warnings: number;
  cpuMs: number;
  cpuMsWithMaps: number;
  top: string;
}

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    only: { type: 'string' },
    top: { type: 'string', default: '6' },
    baseline: { type: 'string' },
  },
});
const runs = Number(options.runs);
const topCount = Number(options.top);
const only = options.only?.split(',');

async function measureRevision(label: string, root: string, entries: LambdaEntry[], outRoot: string, checkForeign: boolean): Promise<Map<string, Measured>> {
  const results = new Map<string, Measured>();
  for (const { name, entry } of entries) {
    if (only && !only.includes(name)) continue;
    const built = await bundleLambda(root, entry, path.join(outRoot, label, name));
    const foreign = checkForeign ? foreignInputs(built.metafile) : [];
    if (foreign.length > 0) throw new Error(`${label} ${name} bundled code from outside its checkout: ${foreign.slice(0, 3).join(', ')}`);
    results.set(name, {
      jsKb: built.jsBytes / 1024,
      mapKb: built.mapBytes / 1024,
      warnings: built.warnings,
      cpuMs: await medianImportCpuMs(built.file, runs, false),
      cpuMsWithMaps: await medianImportCpuMs(built.file, runs, true),
      top: topContributors(built.metafile, topCount).map(({ name: pkg, bytes }) => `${pkg} ${Math.round(bytes / 1024)}`).join(', '),
    });
    process.stderr.write(`${label} ${name} done\n`);
  }
  return results;
}

function printAlone(results: Map<string, Measured>): void {
  console.log(`\nImport CPU is the median of ${runs} fresh processes (ms); sizes in KB.\n`);
  console.log(['function', 'js KB', 'map KB', 'import ms', 'with maps', 'warnings'].join('\t'));
  for (const [name, m] of results) {
    console.log([name, m.jsKb.toFixed(0), m.mapKb.toFixed(0), m.cpuMs.toFixed(0), m.cpuMsWithMaps.toFixed(0), m.warnings].join('\t'));
  }
  printTop(results);
}

function printBeside(old: Map<string, Measured>, current: Map<string, Measured>, ref: string): void {
  console.log(`\nold = ${ref}, new = this checkout. Import CPU is the median of ${runs} fresh processes (ms); sizes in KB.\n`);
  console.log(['function', 'js old', 'js new', 'ratio', 'ms old', 'ms new', 'ratio', 'maps old', 'maps new', 'ratio', 'warn old/new'].join('\t'));
  for (const [name, m] of current) {
    const o = old.get(name);
    if (!o) {
      console.log([name, '-', m.jsKb.toFixed(0), '', '-', m.cpuMs.toFixed(0), '', '-', m.cpuMsWithMaps.toFixed(0), '', `-/${m.warnings}`].join('\t'));
      continue;
    }
    const ratio = (a: number, b: number) => (b / a).toFixed(2);
    console.log(
      [name, o.jsKb.toFixed(0), m.jsKb.toFixed(0), ratio(o.jsKb, m.jsKb), o.cpuMs.toFixed(0), m.cpuMs.toFixed(0), ratio(o.cpuMs, m.cpuMs),
        o.cpuMsWithMaps.toFixed(0), m.cpuMsWithMaps.toFixed(0), ratio(o.cpuMsWithMaps, m.cpuMsWithMaps), `${o.warnings}/${m.warnings}`].join('\t'),
    );
  }
  for (const name of old.keys()) if (!current.has(name)) console.log(`${name}\t(only in ${ref})`);
  console.log('\nold:');
  printTop(old);
  console.log('new:');
  printTop(current);
}

function printTop(results: Map<string, Measured>): void {
  if (topCount <= 0) return;
  console.log(`\nLargest contributors per bundle (KB of minified output):`);
  for (const [name, m] of results) console.log(`  ${name}: ${m.top}`);
}

async function main(): Promise<void> {
  const outRoot = await mkdtemp(path.join(os.tmpdir(), 'casefile-bench-cold-'));
  try {
    const current = await measureRevision('new', REPO_ROOT, lambdaEntries(), outRoot, false);
    if (!options.baseline) return printAlone(current);
    const baseline = await checkOutBaseline(REPO_ROOT, options.baseline, path.join(outRoot, 'baseline'));
    try {
      const lister = fileURLToPath(new URL('./coldStart/lambdaEntries.ts', import.meta.url));
      const old = await measureRevision('old', baseline.root, await baselineEntries(baseline.root, lister), outRoot, true);
      printBeside(old, current, `${options.baseline} (${baseline.commit.slice(0, 10)})`);
    } finally {
      await baseline.remove();
    }
  } finally {
    await rm(outRoot, { recursive: true, force: true });
  }
}

await main();
