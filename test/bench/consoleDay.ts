/**
 * `npm run bench:console`: the console's initial JavaScript gzipped (budget 300 KB), the time
 * Chromium takes to render a day of 30 calendars and 300 appointments, and the API requests the
 * schedule makes (cold, on choosing the busy day, and on Next day from it). The API is answered by fixtures through Playwright's
 * request routing, so this measures the browser's side only; the day view's own cost on DynamoDB
 * is in the README. Numbers compare commits on one machine; they are not SLAs.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { gzipSync } from 'node:zlib';
import { serveStatic } from '../../hosts/local/src/http/staticFiles';
import { launchChromium } from '../e2e/support/chromium';
import { ensureWebBuilt } from '../e2e/support/webBuild';

const JS_BUDGET_BYTES = 300 * 1024;
const RUNS = Number(process.env.BENCH_PAGE_RUNS ?? 5);
const CALENDARS = 30;
const APPOINTMENTS = 300;
const TIME_ZONE = 'America/Toronto';
const BUSY_DAY = '2026-12-08';
/** The schedule's heading once Next day has moved on from the busy day. */
const NEXT_DAY_HEADING = 'December 9, 2026';
const STATUSES = ['booked', 'confirmed', 'arrived', 'paid', 'no_show'] as const;

const id = (prefix: string, index: number) => `01J${prefix}${String(index).padStart(22 - prefix.length, '0')}`;

function initialJsGzip(dist: string): { files: string[]; bytes: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  return { files, bytes: files.reduce((sum, file) => sum + gzipSync(readFileSync(join(dist, file)), { level: 9 }).length, 0) };
}

function fakeToken(): string {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none' })}.${encode({ email: 'bench@example.com', 'custom:role': 'front_desk', 'custom:clinicId': id('C', 1), exp: Math.floor(Date.now() / 1000) + 3600 })}.x`;
}

function dayView(date: string, busy: boolean) {
  const columns = Array.from({ length: CALENDARS }, (_, column) => ({
    calendarId: id('K', column),
    name: `Provider ${column + 1}`,
    kind: 'provider',
    disciplineIds: [id('D', 1)],
    visibleHours: { start: '07:00', end: '20:00' },
    shift: { shiftId: id('S', column), start: '08:00', end: '18:00', breaks: [{ start: '12:00', end: '13:00', label: 'Lunch' }] },
    blocks: [],
    appointments: busy
      ? Array.from({ length: APPOINTMENTS / CALENDARS }, (_, index) => {
          // 10 a column, 45 minutes each every 50 minutes from 8:00 (EST, UTC-5), every third one doubled up.
          const startMinutes = 8 * 60 + Math.floor(index * 50 - (index % 3 === 2 ? 25 : 0));
          const start = new Date(Date.parse(`${date}T05:00:00Z`) + startMinutes * 60_000);
          return {
            appointmentId: id('A', column * 100 + index),
            start: start.toISOString(),
            end: new Date(start.getTime() + 45 * 60_000).toISOString(),
            status: STATUSES[index % STATUSES.length],
            caseId: id('F', index),
            caseLabel: `RPR-${String(index).padStart(6, '0')}`,
            clientId: id('L', index),
            clientName: `Client ${column}-${index}`,
            sessionId: id('E', 1),
            sessionName: 'Physiotherapy treatment',
            calendarId: id('K', column),
          };
        })
      : [],
  }));
  const counts = Object.fromEntries(['booked', 'confirmed', 'arrived', 'paid', 'no_show', 'canceled', 'rebooked'].map((status) => [status, columns.flatMap((column) => column.appointments).filter((item) => item.status === status).length]));
  return { locationId: id('O', 1), date, timeZone: TIME_ZONE, columns, counts, total: busy ? APPOINTMENTS : 0 };
}

const FIXTURES: Record<string, unknown> = {
  '/api/locations': { items: [{ locationId: id('O', 1), name: 'Bench clinic', timeZone: TIME_ZONE, active: true }], nextCursor: null },
  '/api/disciplines': { items: [{ disciplineId: id('D', 1), name: 'Physiotherapy', active: true }], nextCursor: null },
  '/api/sessions': { items: [{ sessionId: id('E', 1), name: 'Physiotherapy treatment', disciplineId: id('D', 1), durationMinutes: 45, active: true }], nextCursor: null },
  '/api/calendars': { items: Array.from({ length: CALENDARS }, (_, column) => ({ calendarId: id('K', column), name: `Provider ${column + 1}`, kind: 'provider', locationId: id('O', 1), disciplineIds: [id('D', 1)], active: true })), nextCursor: null },
};

/** Resolves once no request has been added for a second (prefetches of the days around included). */
async function quietNetwork(requests: readonly string[]): Promise<void> {
  let seen = -1;
  while (seen !== requests.length) {
    seen = requests.length;
    await sleep(1000);
  }
}

async function main(): Promise<void> {
  const dist = ensureWebBuilt('console');
  const js = initialJsGzip(dist);
  const server = createServer((req, res) => {
    void serveStatic(req, res, [{ mountPath: '/', directory: dist }], { apiBase: '/api/' }).then((served) => {
      if (!served) res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const renders: number[] = [];
  let coldRequests: string[] = [];
  let switchRequests: string[] = [];
  let nextDayRequests: string[] = [];

  for (let run = 0; run < RUNS; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    await context.addInitScript(`sessionStorage.setItem('casefile.session', ${JSON.stringify(JSON.stringify({ token: fakeToken(), email: 'bench@example.com', role: 'front_desk', clinicId: id('C', 1), expiresAt: Date.now() + 3_600_000 }))})`);
    const requests: string[] = [];
    await context.route('**/api/**', async (route) => {
      const url = new URL(route.request().url());
      requests.push(`${route.request().method()} ${url.pathname}`);
      const body = url.pathname === '/api/day-view' ? dayView(url.searchParams.get('date')!, url.searchParams.get('date') === BUSY_DAY) : FIXTURES[url.pathname];
      await route.fulfill(body ? { status: 200, contentType: 'application/json', body: JSON.stringify(body) } : { status: 404, body: '{}' });
    });
    const page = await context.newPage();
    await page.goto(base);
    // Today (from the fixtures: an empty day of 30 columns) first: what a cold start asks for.
    await page.locator('.grid-column').nth(CALENDARS - 1).waitFor();
    coldRequests = [...requests];
    requests.length = 0;
    // From the change of date to all 300 appointments in the DOM and a frame painted.
    // A string, not a function: tsx's transform would add helpers the page does not have.
    const elapsed = (await page.evaluate(`new Promise((resolve) => {
      const input = document.querySelector('aside input[type="date"]');
      const started = performance.now();
      const check = () => {
        if (document.querySelectorAll('.appointment').length >= ${APPOINTMENTS}) requestAnimationFrame(() => resolve(performance.now() - started));
        else requestAnimationFrame(check);
      };
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, '${BUSY_DAY}');
      input.dispatchEvent(new Event('input', { bubbles: true }));
      requestAnimationFrame(check);
    })`)) as number;
    switchRequests = [...requests];
    renders.push(elapsed);
    // The front desk's usual step: Next day from the busy day. Every API request it causes (prefetches
    // included) until the network has been quiet for a second.
    requests.length = 0;
    await page.getByRole('button', { name: 'Next day' }).click();
    await page.getByRole('heading', { level: 1 }).filter({ hasText: NEXT_DAY_HEADING }).waitFor();
    await page.locator('.grid-column').nth(CALENDARS - 1).waitFor();
    await quietNetwork(requests);
    nextDayRequests = [...requests];
    await context.close();
  }
  await browser.close();
  server.close();

  const sorted = [...renders].sort((a, b) => a - b);
  console.log(JSON.stringify({
    initialJs: { files: js.files, gzipBytes: js.bytes, gzipKB: Math.round(js.bytes / 102.4) / 10, budgetKB: JS_BUDGET_BYTES / 1024, withinBudget: js.bytes <= JS_BUDGET_BYTES },
    renderDay: { calendars: CALENDARS, appointments: APPOINTMENTS, runs: RUNS, medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]!), minMs: Math.round(sorted[0]!), maxMs: Math.round(sorted.at(-1)!), note: 'from the date change to 300 appointments in the DOM plus one frame, API answered from memory' },
    apiRequests: {
      coldLoad: coldRequests,
      dateChosenToBusyDay: switchRequests,
      nextDay: { count: nextDayRequests.length, requests: nextDayRequests },
    },
    loadAverage: loadavg().map((value) => Math.round(value * 100) / 100),
  }, null, 2));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
