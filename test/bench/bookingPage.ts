/**
 * `npm run bench:booking`: the booking pages' JavaScript and CSS, gzipped (budget 60 KB of JS), and
 * the time from navigation to the first list of times in Chromium on the local runtime, cold (a new
 * browser context each run), unthrottled and as a mid-range phone (4x slower CPU, 150 ms round
 * trips, 1.6 Mbit/s down). Numbers compare commits on one machine; they are not SLAs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { startDynamoDbLocal } from '../../hosts/local/src/dynamoDbLocal';
import { findFreePort } from '../../hosts/local/src/ports';
import { seedIfEmpty } from '../../hosts/local/src/seed';
import { ensureWebBuilt } from '../e2e/support/webBuild';
import { launchChromium } from '../e2e/support/chromium';
import { startTestApi } from '../setup/localApi';

Object.assign(process.env, {
  AWS_REGION: process.env.AWS_REGION ?? 'us-east-1',
  AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID ?? 'local',
  AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY ?? 'local',
  AWS_EC2_METADATA_DISABLED: 'true',
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  LOG_LEVEL: 'WARN',
});

const JS_BUDGET_BYTES = 60 * 1024;
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 7);
const FIRST_TIMES_MARK = 'booking:first-times';
const PHONE = { cpuRate: 4, latencyMs: 150, downloadBytesPerSecond: (1.6 * 1024 * 1024) / 8, uploadBytesPerSecond: (750 * 1024) / 8 };

function assetSizes(dist: string) {
  const assets = join(dist, 'assets');
  const sum = (ext: string, size: (buffer: Buffer) => number) =>
    readdirSync(assets)
      .filter((name) => name.endsWith(ext))
      .reduce((total, name) => total + size(readFileSync(join(assets, name))), 0);
  const gzip = (buffer: Buffer) => gzipSync(buffer, { level: 9 }).length;
  return { jsBytes: sum('.js', (buffer) => buffer.length), jsGzipBytes: sum('.js', gzip), cssGzipBytes: sum('.css', gzip), htmlGzipBytes: gzip(readFileSync(join(dist, 'index.html'))) };
}

async function timeToFirstTimes(browser: Browser, url: string, phone: boolean): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-US' });
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuRate });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: PHONE.latencyMs, downloadThroughput: PHONE.downloadBytesPerSecond, uploadThroughput: PHONE.uploadBytesPerSecond });
  }
  await page.goto(url);
  await page.locator('.slot-list button').first().waitFor({ timeout: 30_000 });
  const mark = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime, FIRST_TIMES_MARK);
  await context.close();
  if (mark === undefined) throw new Error('The page showed times without marking them.');
  return mark;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const dist = ensureWebBuilt('booking');
  const sizes = assetSizes(dist);
  console.log(JSON.stringify({ bench: 'booking page assets', ...sizes, jsBudgetBytes: JS_BUDGET_BYTES, withinBudget: sizes.jsGzipBytes <= JS_BUDGET_BYTES }));

  const dynamoDb = await startDynamoDbLocal({ port: await findFreePort() });
  const api = await startTestApi({ endpoint: dynamoDb.endpoint, staticDirs: [{ mountPath: '/book/', directory: dist }] });
  const browser = await launchChromium();
  try {
    await seedIfEmpty({ tableName: api.tableName, endpoint: dynamoDb.endpoint, identityFile: api.identity.filePath });
    const clinic = await fetch(`${api.baseUrl}/api/public/clinics/riverside`);
    if (!clinic.ok) {
      console.log(JSON.stringify({ bench: 'navigation to first times', skipped: `GET /api/public/clinics/riverside answered ${clinic.status}: the public routes are not there yet` }));
      return;
    }
    const { sessions } = (await clinic.json()) as { sessions: { sessionId: string; name: string }[] };
    const session = sessions.find((candidate) => candidate.name === 'Physiotherapy treatment') ?? sessions[0]!;
    // `?service=` preselects the session, so the page lists times with no click.
    const url = `${api.baseUrl}/book/riverside?service=${session.sessionId}`;
    await timeToFirstTimes(browser, url, false);
    for (const phone of [false, true]) {
      const runs: number[] = [];
      for (let run = 0; run < RUNS; run++) runs.push(await timeToFirstTimes(browser, url, phone));
      console.log(
        JSON.stringify({
          bench: `navigation to first times (${phone ? 'phone: 4x CPU, 150 ms RTT, 1.6 Mbit/s' : 'unthrottled'})`,
          runs: RUNS,
          medianMs: Math.round(median(runs)),
          minMs: Math.round(Math.min(...runs)),
          maxMs: Math.round(Math.max(...runs)),
        }),
      );
    }
  } finally {
    await browser.close();
    await api.stop();
    await dynamoDb.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
