/**
 * The console's Today dashboard and reports in headless Chromium (R1-R5) at 1440 and 390 px wide,
 * over visits seeded in the reports' default period (so the figures are not all zero):
 * the dashboard's figures are the API's, the attendance report draws its chart and table with the
 * API's rows, and its CSV download carries the API's CSV. Screenshots go to test/e2e/artifacts/.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';
import { screenshot } from './support/bookingFlow';
import { addDays } from './support/consoleGrid';
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
    await seedVisits();
    await world.drainStreams();
  });

  /** Visits at midday UTC today and on days of the last four weeks: arrived, no-show and booked. */
  async function seedVisits() {
    const { caseId, sessionId, calendarId } = world.clinicA.ids;
    const today = new Date().toISOString().slice(0, 10);
    const plan: [number, string, string][] = [
      [0, '12:00', 'arrived'], [0, '13:00', 'booked'], [0, '14:00', 'no_show'],
      [-3, '12:00', 'arrived'], [-3, '13:00', 'arrived'], [-10, '12:00', 'no_show'], [-20, '12:00', 'arrived'],
    ];
    for (const [days, time, status] of plan) {
      const start = `${addDays(today, days)}T${time}:00.000Z`;
      const booked = await owner.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start });
      expect(booked.status).toBe(201);
      if (status !== 'booked') expect((await owner.post(`/api/appointments/${booked.body.appointment.appointmentId}/status`, { status })).status).toBe(200);
    }
  }
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
    // Owners land on the Today dashboard.
    await page.getByRole('heading', { name: /^Today · / }).waitFor();
    const today = await page.getByLabel('Day').inputValue();
    const expected = (await owner.get<Dashboard>(`/api/dashboard?date=${today}`)).body;
    expect(expected.today.visits).toBeGreaterThanOrEqual(3);
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
    expect(expected.rows.reduce((sum, row) => sum + row.visits, 0)).toBeGreaterThanOrEqual(7);
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

  it('shows the cases report with its authorizations near exhaustion at 1440 px', { timeout: 90_000 }, async () => {
    const page = await signedIn(VIEWPORTS[0]!);
    await page.goto(`${world.baseUrl}/reports/cases`);
    await page.getByTestId('report-chart').locator('svg').first().waitFor();
    await page.getByTestId('near-exhaustion').waitFor();
    const from = await page.getByLabel('From').inputValue();
    const to = await page.getByLabel('To').inputValue();
    const expected = (await owner.get<{ rows: { group: string }[] }>(`/api/reports/cases?from=${from}&to=${to}&groupBy=caseType`)).body;
    await expect.poll(() => page.getByTestId('report-table').locator('tbody tr').count()).toBe(Math.max(1, expected.rows.length));
    await screenshot(page, 'reports-cases');
  });
});
