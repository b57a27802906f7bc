/** Bundles one Lambda entry with the options CDK uses (infra/lib/lambdaBundling.ts), and says what is inside. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { BUNDLE_ALIASES, LAMBDA_BUNDLING } from '../../../infra/lib/lambdaBundling';

export interface BuiltBundle {
  file: string;
  jsBytes: number;
  mapBytes: number;
  warnings: number;
  metafile: Metafile;
}

export async function bundleLambda(root: string, entry: string, outDir: string): Promise<BuiltBundle> {
  const file = path.join(outDir, 'index.mjs');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, entry)],
    outfile: file,
    bundle: true,
    // bundleAwsSDK: true, so nothing is external.
    external: [],
    format: LAMBDA_BUNDLING.format,
    target: LAMBDA_BUNDLING.target,
    platform: LAMBDA_BUNDLING.platform,
    mainFields: [...LAMBDA_BUNDLING.mainFields],
    banner: { js: LAMBDA_BUNDLING.banner },
    minify: LAMBDA_BUNDLING.minify,
    sourcemap: LAMBDA_BUNDLING.sourceMap,
    sourcesContent: LAMBDA_BUNDLING.sourcesContent,
    tsconfig: path.join(root, 'tsconfig.json'),
    alias: aliasesIn(root),
    metafile: true,
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const bytesOf = (suffix: string) => Object.entries(outputs).find(([name]) => name.endsWith(suffix))?.[1].bytes ?? 0;
  return { file, jsBytes: bytesOf('index.mjs'), mapBytes: bytesOf('index.mjs.map'), warnings: result.warnings.length, metafile: result.metafile };
}

/** The aliases whose targets exist in `root`: a baseline from before an alias is bundled as it was then. */
function aliasesIn(root: string): Record<string, string> {
  return Object.fromEntries(Object.entries(BUNDLE_ALIASES).filter(([, target]) => existsSync(path.join(root, target))));
}

/** Bytes in the output per package (`zod`, `@aws-sdk/client-sesv2`, ...) or per workspace folder, largest first. */
export function topContributors(metafile: Metafile, count: number): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = contributorOf(input);
      totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
    }
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, count);
}

function contributorOf(input: string): string {
  const inModules = input.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const parts = input.slice(inModules + 'node_modules/'.length).split('/');
    const pkg = parts[0]?.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
    // zod's locales are worth seeing on their own.
    return pkg === 'zod' && input.includes('/locales/') ? 'zod (locales)' : pkg;
  }
  return input.split('/').slice(0, 2).join('/');
}

/** Inputs from outside `root` other than third-party packages: a baseline bundle that has any is not the baseline's code. */
export function foreignInputs(metafile: Metafile): string[] {
  return Object.keys(metafile.inputs).filter((input) => input.startsWith('..') && !input.includes('node_modules/'));
}
