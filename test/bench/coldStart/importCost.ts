/** The CPU a fresh Node process spends importing a bundle: module parse, compile and top-level evaluation. */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);

const MEASURE = `
const before = process.cpuUsage();
await import(process.argv[1]);
const used = process.cpuUsage(before);
process.stdout.write(String((used.user + used.system) / 1000));
`;

// What a handler may read at import time, without any of it reaching AWS.
const CHILD_ENV = {
  PATH: process.env.PATH ?? '',
  TABLE_NAME: 'bench-table',
  POWERTOOLS_SERVICE_NAME: 'bench',
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  USER_POOL_ID: 'eu-central-1_bench',
  SCHEDULE_GROUP_NAME: 'bench',
  MAIL_FROM: 'bench@example.com',
};

/** The import CPU of one fresh process, in milliseconds. */
export async function importCpuMs(file: string, sourceMaps: boolean): Promise<number> {
  const flags = sourceMaps ? ['--enable-source-maps'] : [];
  const { stdout } = await run(process.execPath, [...flags, '--input-type=module', '-e', MEASURE, pathToFileURL(file).href], { env: CHILD_ENV });
  return Number(stdout);
}

export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
