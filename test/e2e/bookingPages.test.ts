/**
 * The booking pages in headless Chromium against the local runtime (SPEC O1-O4): a new client books
 * with the code from the email, the confirmation mail's manage link cancels; inside the calendar's
 * self-cancel window the cancel is refused with the clinic's message. Screenshots of every step at
 * phone and desktop widths go to test/e2e/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { ROUTES } from '@casefile/functions/routes';
import { findFreePort } from '../../packages/local/src/ports';
import { startSesLocal, type SesLocal } from '../../packages/local/src/sesLocal';
import { startWorld, type World } from '../support/world';
import { ensureBookingBuilt } from './support/bookingBuild';
import { bookFirstTime, screenshot } from './support/bookingFlow';
import { launchChromium } from './support/chromium';

const PUBLIC_ROUTES = ['/api/public/{clinicSlug}', '/api/public/{clinicSlug}/availability', '/api/public/{clinicSlug}/email-codes', '/api/public/{clinicSlug}/bookings', '/api/public/manage/{token}', '/api/public/manage/{token}/cancel'];
const hasPublicRoutes = PUBLIC_ROUTES.every((path) => ROUTES.some((route) => route.path === path));

const PHONE = 390;
const DESKTOP = 1280;

describe.skipIf(!hasPublicRoutes)('booking pages in Chromium', () => {
  let world: World;
  let ses: SesLocal;
  let browser: Browser;

  beforeAll(async () => {
    const dist = ensureBookingBuilt();
    ses = await startSesLocal({ port: await findFreePort() });
    process.env.SES_ENDPOINT = ses.url;
    world = await startWorld({ staticDirs: [{ mountPath: '/book/', directory: dist }] });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
    await ses?.stop();
  });

  async function openPage(width: number, path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-US' });
    page.on('pageerror', (error) => {
      throw error;
    });
    await page.goto(`${world.baseUrl}${path}`);
    return page;
  }

  it('lets a new client book with the emailed code and cancel from the confirmation mail', { timeout: 120_000 }, async () => {
    const page = await openPage(PHONE, '/book/riverside');
    await page.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    await screenshot(page, 'booking-0-choose');
    await page.getByLabel(/Physiotherapy treatment/).check();
    // A week ahead is outside the 24-hour self-cancel window whatever the time of day.
    const client = { firstName: 'Ada', lastName: 'Lovelace', email: `ada.${Date.now()}@example.com`, phone: '+1 416 555 0199' };
    const manageLink = await bookFirstTime(page, { client, sesUrl: ses.url, nextWeek: true });

    await page.goto(`${world.baseUrl}${manageLink}`);
    await expect.poll(() => page.locator('.status').textContent()).toBe('Booked');
    await screenshot(page, 'manage-1-booked');
    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    await page.getByText('Your booking is canceled.').waitFor();
    expect(await page.locator('.status').textContent()).toBe('Canceled');
    await screenshot(page, 'manage-2-canceled');
    await page.close();
  });

  it('refuses a cancel inside the self-cancel window with the clinic’s message', { timeout: 120_000 }, async () => {
    const owner = await world.clinicA.api('owner');
    const clinic = (await (await fetch(`${world.baseUrl}/api/public/riverside`)).json()) as { calendars: { calendarId: string; name: string }[] };
    const calendar = clinic.calendars[0]!;
    const patched = await owner.patch(`/api/calendars/${calendar.calendarId}`, { guardrails: { selfCancelWindowHours: 24 * 30 } });
    expect(patched.status).toBe(200);

    // The direct booking link of the calendar: its provider is chosen already.
    const page = await openPage(DESKTOP, `/book/riverside/${calendar.calendarId}`);
    await page.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    expect(await page.locator('.linked-provider').textContent()).toBe(`Booking with ${calendar.name}`);
    await page.locator('input[name="service"]').first().check();
    expect(await page.getByRole('radio', { name: calendar.name }).isChecked()).toBe(true);
    await screenshot(page, 'booking-0-choose');
    const client = { firstName: 'Grace', lastName: 'Hopper', email: `grace.${Date.now()}@example.com` };
    const manageLink = await bookFirstTime(page, { client, sesUrl: ses.url });

    await page.goto(`${world.baseUrl}${manageLink}`);
    await page.getByRole('button', { name: 'Cancel booking' }).click();
    await page.getByRole('button', { name: 'Yes, cancel it' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: /\S/ });
    await refusal.waitFor();
    const token = decodeURIComponent(manageLink.split('/').pop()!);
    const api = await fetch(`${world.baseUrl}/api/public/manage/${encodeURIComponent(token)}/cancel`, { method: 'POST' });
    expect(api.status).toBe(409);
    const problem = (await api.json()) as { detail: string };
    expect(await refusal.textContent()).toContain(problem.detail);
    expect(await page.locator('.status').textContent()).toBe('Booked');
    await screenshot(page, 'manage-3-refused');
    await page.close();
  });
});
