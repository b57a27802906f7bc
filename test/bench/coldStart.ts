/**
 * `npm run bench:cold`: bundles every Lambda as CDK does, then imports each bundle in fresh Node
 * processes and reports its size and the CPU the import costs, with and without source maps loaded.
 *
 *   npm run bench:cold -- [--runs 5] [--only api/billing,api/team] [--top 6] [--baseline <git-ref>]
 *
 * With --baseline, the ref is checked out into a temporary git worktree, bundled the same way, and
 * printed beside this checkout; old and new samples alternate, so load on the machine weighs on both
 * alike. Bundles go to a temporary folder that is removed afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../../infra/lib/paths';
import { baselineEntries, checkOutBaseline } from './coldStart/baselineCheckout';
import { type BuiltBundle, bundleLambda, foreignInputs, topContributors } from './coldStart/bundleLambda';
import { importCpuMs, median } from './coldStart/importCost';
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

async function bundleRevision(label: string, root: string, entries: LambdaEntry[], outRoot: string, checkForeign: boolean): Promise<Map<string, BuiltBundle>> {
  const bundles = new Map<string, BuiltBundle>();
  for (const { name, entry } of entries) {
    if (only && !only.includes(name)) continue;
    const built = await bundleLambda(root, entry, path.join(outRoot, label, name));
    const foreign = checkForeign ? foreignInputs(built.metafile) : [];
    if (foreign.length > 0) throw new Error(`${label} ${name} bundled code from outside its checkout: ${foreign.slice(0, 3).join(', ')}`);
    bundles.set(name, built);
  }
  return bundles;
}

/** Measures every bundle of every revision, taking one sample of each in turn per run. */
async function measure(revisions: Map<string, BuiltBundle>[]): Promise<Map<string, Measured>[]> {
  const samples = revisions.map((bundles) => new Map([...bundles.keys()].map((name) => [name, { plain: [] as number[], maps: [] as number[] }])));
  const names = [...new Set(revisions.flatMap((bundles) => [...bundles.keys()]))];
  for (const name of names) {
    for (let run = 0; run < runs; run++) {
      for (const [i, bundles] of revisions.entries()) {
        const built = bundles.get(name);
        if (!built) continue;
        samples[i]!.get(name)!.plain.push(await importCpuMs(built.file, false));
        samples[i]!.get(name)!.maps.push(await importCpuMs(built.file, true));
      }
    }
    process.stderr.write(`measured ${name}\n`);
  }
  return revisions.map((bundles, i) =>
    new Map(
      [...bundles].map(([name, built]) => [
        name,
        {
          jsKb: built.jsBytes / 1024,
          mapKb: built.mapBytes / 1024,
          warnings: built.warnings,
          cpuMs: median(samples[i]!.get(name)!.plain),
          cpuMsWithMaps: median(samples[i]!.get(name)!.maps),
          top: topContributors(built.metafile, topCount).map(({ name: pkg, bytes }) => `${pkg} ${Math.round(bytes / 1024)}`).join(', '),
        },
      ]),
    ),
  );
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
  const ratio = (a: number, b: number) => (b / a).toFixed(2);
  for (const [name, m] of current) {
    const o = old.get(name);
    if (!o) {
      console.log([name, '-', m.jsKb.toFixed(0), '', '-', m.cpuMs.toFixed(0), '', '-', m.cpuMsWithMaps.toFixed(0), '', `-/${m.warnings}`].join('\t'));
      continue;
    }
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
    const current = await bundleRevision('new', REPO_ROOT, lambdaEntries(), outRoot, false);
    if (!options.baseline) {
      const [measured] = await measure([current]);
      return printAlone(measured!);
    }
    const baseline = await checkOutBaseline(REPO_ROOT, options.baseline, path.join(outRoot, 'baseline'));
    try {
      const lister = fileURLToPath(new URL('./coldStart/lambdaEntries.ts', import.meta.url));
      const oldBundles = await bundleRevision('old', baseline.root, await baselineEntries(baseline.root, lister), outRoot, true);
      const [measuredNew, measuredOld] = await measure([current, oldBundles]);
      printBeside(measuredOld!, measuredNew!, `${options.baseline} (${baseline.commit.slice(0, 10)})`);
    } finally {
      await baseline.remove();
    }
  } finally {
    await rm(outRoot, { recursive: true, force: true });
  }
}

await main();
