/**
 * The console's Today dashboard and a report in headless Chromium (R1-R5) at 1440 and 390 px wide:
 * the dashboard's figures are the API's, the attendance report draws its chart and table with the
 * API's rows, and its CSV download carries the API's CSV. Screenshots go to test/e2e/artifacts/.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';
import { screenshot } from './support/bookingFlow';
import { launchChromium } from './support/chromium';
import { ensureWebBuilt } from './support/webBuild';

interface Dashboard { today: { visits: number; arrived: number } }
interface Report { rows: { group: string; visits: number }[] }

const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
];

describe('console reports in Chromium', () => {
  let world: World;
  let browser: Browser;
  let owner: ApiClient;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    const dist = ensureWebBuilt('console');
    world = await startWorld({ staticDirs: [{ mountPath: '/', directory: dist }] });
    browser = await launchChromium();
    owner = await world.clinicA.api('owner');
    await world.drainStreams();
  });
  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });
  afterEach(() => {
    expect(pageErrors.splice(0).map((error) => error.message)).toEqual([]);
  });

  async function signedIn(viewport: (typeof VIEWPORTS)[number]): Promise<Page> {
    const page = await browser.newPage({ viewport, locale: 'en-US', reducedMotion: 'reduce', acceptDownloads: true });
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(`${world.baseUrl}/`);
    await page.getByLabel('Email').fill(world.clinicA.users.owner!.email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    return page;
  }

  it.each(VIEWPORTS)('shows the dashboard with the API’s figures at $width px', { timeout: 90_000 }, async (viewport) => {
    const page = await signedIn(viewport);
    await page.goto(`${world.baseUrl}/dashboard`);
    const today = await page.getByLabel('Day').inputValue();
    const expected = (await owner.get<Dashboard>(`/api/dashboard?date=${today}`)).body;
    const visits = page.getByTestId('dashboard-visits');
    await expect.poll(() => visits.getByText('Visits today').locator('..').innerText()).toContain(String(expected.today.visits));
    await page.getByTestId('dashboard-money').waitFor();
    await screenshot(page, 'reports-dashboard');
  });

  it.each(VIEWPORTS)('draws the attendance report and downloads its CSV at $width px', { timeout: 90_000 }, async (viewport) => {
    const page = await signedIn(viewport);
    await page.goto(`${world.baseUrl}/reports/attendance`);
    const from = await page.getByLabel('From').inputValue();
    const to = await page.getByLabel('To').inputValue();
    const expected = (await owner.get<Report>(`/api/reports/attendance?from=${from}&to=${to}&groupBy=day`)).body;
    await page.getByTestId('report-chart').locator('svg').first().waitFor();
    const table = page.getByTestId('report-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(Math.max(1, expected.rows.length));
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const file = await (await download).path();
    const csv = await readFile(file, 'utf8');
    const api = await owner.get(`/api/reports/attendance?from=${from}&to=${to}&groupBy=day`, { accept: 'text/csv' });
    expect(csv).toBe(api.text);
    await screenshot(page, 'reports-attendance');
  });
});
