/**
 * The booking pages in headless Chromium against the local runtime (SPEC O1-O4): times in the
 * location's zone from the clinic's link and a calendar's direct link; a new client books with the
 * code from the email and the confirmation mail's manage link cancels; inside the calendar's
 * self-cancel window a cancel is refused with the clinic's message. Screenshots at phone and desktop
 * widths go to test/e2e/artifacts/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import type { Browser, Page } from 'playwright-core';
import type { PublicClinic } from '@casefile/core';
import { contentSecurityPolicy } from '../../functions/src/http/contentSecurityPolicy';
import { startWorld, type World } from '../support/world';
import { ensureWebBuilt } from './support/webBuild';
import { bookFirstTime, screenshot } from './support/bookingFlow';
import { launchChromium } from './support/chromium';
import { bookThroughApi, type PublicChoice } from './support/publicBookings';

const PHONE = 390;
const DESKTOP = 1280;
const ZONE = 'America/Toronto';

describe('booking pages in Chromium', () => {
  let world: World;
  let sesUrl: string;
  let browser: Browser;
  let physio: PublicChoice & { calendarName: string; sessionName: string };

  beforeAll(async () => {
    const dist = ensureWebBuilt('booking');
    // With the local SES endpoint whose store the tests read the mail from.
    world = await startWorld({ staticDirs: [{ mountPath: '/book/', directory: dist }], notifications: { now: () => Date.now() } });
    sesUrl = world.notifications!.ses.url;
    browser = await launchChromium();
    const clinic = (await world.anonymous.get<PublicClinic>('/api/public/clinics/riverside')).body;
    const session = clinic.sessions.find((one) => one.name === 'Physiotherapy treatment')!;
    const calendar = clinic.calendars.find((one) => one.disciplineIds.includes(session.disciplineId))!;
    physio = { clinicSlug: 'riverside', clinicId: world.clinicA.clinicId, sessionId: session.sessionId, locationId: calendar.locationId, calendarId: calendar.calendarId, calendarName: calendar.name, sessionName: session.name };
  });

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  const pageErrors: Error[] = [];
  // Pages run under the CSP CloudFront sends (the local gateway sends the same): anything it blocks fails the test.
  const cspViolations: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0).map((error) => error.message)).toEqual([]);
    expect(cspViolations.splice(0)).toEqual([]);
  });

  async function viewBooking(token: string): Promise<{ status: string; start: string }> {
    return (await world.anonymous.post<{ status: string; start: string }>('/api/public/manage/view', { token })).body;
  }

  async function openPage(width: number, path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 900 }, locale: 'en-US' });
    page.on('pageerror', (error) => pageErrors.push(error));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    const response = await page.goto(`${world.baseUrl}${path}`);
    // CloudFront's policy, with the local S3 twin where AWS has S3.
    expect(response?.headers()['content-security-policy']).toBe(contentSecurityPolicy([new URL(process.env.S3_ENDPOINT!).origin]));
    return page;
  }

  it.each([PHONE, DESKTOP])('lists times in the location’s zone from the clinic’s link and a calendar’s direct link (%i px)', { timeout: 60_000 }, async (width) => {
    const page = await openPage(width, '/book/riverside');
    await page.getByRole('heading', { name: 'What would you like to book?' }).waitFor();
    await screenshot(page, 'booking-0-start');
    await page.getByRole('radio', { name: new RegExp(physio.sessionName) }).check();
    await page.locator('.slot-list button').first().waitFor();
    expect(await page.locator('.zone').textContent()).toMatch(/^Times are in Toronto time \(Eastern (Standard|Daylight) Time\)\.$/);
    await screenshot(page, 'booking-1-times');

    await page.goto(`${world.baseUrl}/book/riverside/${physio.calendarId}?service=${physio.sessionId}`);
    expect(await page.locator('.linked-provider').textContent()).toBe(`Booking with ${physio.calendarName}`);
    expect(await page.getByRole('radio', { name: physio.calendarName }).isChecked()).toBe(true);
    const firstTime = page.locator('.slot-list button').first();
    await firstTime.waitFor();
    // The first time shown is the API's first start for that calendar, labelled in Toronto time.
    const query = new URLSearchParams({ sessionId: physio.sessionId, locationId: physio.locationId, calendarId: physio.calendarId, from: Temporal.Now.plainDateISO(ZONE).toString(), days: '7' });
    const times = (await world.anonymous.get<{ days: { slots: { localTime: string }[] }[] }>(`/api/public/clinics/riverside/availability?${query.toString()}`)).body;
    const [hour, minute] = times.days.flatMap((day) => day.slots)[0]!.localTime.split(':').map(Number) as [number, number];
    expect(await firstTime.textContent()).toBe(`${hour % 12 || 12}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}`);
    await screenshot(page, 'booking-1-direct-link');
    await page.close();
  });

  it('lets a new client book with the emailed code, and the confirmation mail’s link cancel', { timeout: 120_000 }, async () => {
    const page = await openPage(PHONE, '/book/riverside');
    await page.getByRole('radio', { name: new RegExp(physio.sessionName) }).check();
    // A week ahead is outside the 24-hour self-cancel window whatever the time of day.
    const client = { firstName: 'Ada', lastName: 'Lovelace', email: `ada.${Date.now()}@example.com`, phone: '+1 416 555 0199' };
    const managePath = await bookFirstTime(page, { client, sesUrl, nextWeek: true });

    await page.goto(`${world.baseUrl}${managePath}`);
    await cancelOnPage(page);
    expect(await page.locator('.status').textContent()).toBe('Canceled');
    await page.close();
  });

  it('cancels a booking from its manage link', { timeout: 60_000 }, async () => {
    const from = Temporal.Now.plainDateISO(ZONE).add({ days: 7 }).toString();
    const { managePath } = await bookThroughApi(world, physio, from, { firstName: 'Alan', lastName: 'Turing', email: `alan.${Date.now()}@example.com` });
    const page = await openPage(PHONE, managePath);
    await expect.poll(() => page.locator('.status').textContent()).toBe('Booked');
    await screenshot(page, 'manage-1-booked');
    await cancelOnPage(page);
    await page.getByText('Your booking is canceled.').waitFor();
    expect(await page.locator('.status').textContent()).toBe('Canceled');
    await screenshot(page, 'manage-2-canceled');
    expect((await viewBooking(tokenOf(managePath))).status).toBe('canceled');
    await page.close();
  });

  it('moves a booking to another time from its manage link', { timeout: 60_000 }, async () => {
    const from = Temporal.Now.plainDateISO(ZONE).add({ days: 8 }).toString();
    const { booking, managePath } = await bookThroughApi(world, physio, from, { firstName: 'Mary', lastName: 'Somerville', email: `mary.${Date.now()}@example.com` });
    const page = await openPage(PHONE, managePath);
    await page.getByRole('button', { name: 'Choose another time' }).click();
    await page.getByRole('heading', { name: 'Choose a new time' }).waitFor();
    await page.getByRole('button', { name: 'Later' }).click();
    const newTime = page.locator('.slot-list button').first();
    await newTime.waitFor();
    await newTime.click();
    await screenshot(page, 'manage-4-new-time');
    await page.getByRole('button', { name: 'Yes, move it' }).click();
    await page.getByText('Your booking was moved.', { exact: false }).waitFor();
    await screenshot(page, 'manage-5-moved');

    const moved = await viewBooking(tokenOf(page.url()));
    expect(moved.status).toBe('booked');
    expect(moved.start).not.toBe(booking.start);
    expect((await viewBooking(tokenOf(managePath))).status).toBe('rebooked');
    await page.close();
  });

  it('inside the self-cancel window offers no cancel the API would refuse, and says whom to contact (issue 16, item 2)', { timeout: 60_000 }, async () => {
    const owner = await world.clinicA.api('owner');
    expect((await owner.patch(`/api/calendars/${physio.calendarId}`, { guardrails: { selfCancelWindowHours: 24 * 30 } })).status).toBe(200);
    const { managePath } = await bookThroughApi(world, physio, Temporal.Now.plainDateISO(ZONE).toString(), { firstName: 'Grace', lastName: 'Hopper', email: `grace.${Date.now()}@example.com` });

    const page = await openPage(DESKTOP, managePath);
    const closed = page.locator('#changes-closed');
    await closed.waitFor();
    expect(await page.getByRole('button', { name: 'Cancel booking' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Choose another time' }).count()).toBe(0);
    expect(await closed.textContent()).toMatch(/To move or cancel it, (call|email) .+ at \S+/);
    const api = await world.anonymous.post<{ detail: string }>('/api/public/manage/cancel', { token: tokenOf(managePath) });
    expect(api.status).toBe(409);
    expect(await page.locator('.status').textContent()).toBe('Booked');
    await screenshot(page, 'manage-3-changes-closed');
    await page.close();
  });
});

/** The manage token of a link or page address: after the `#`, never in the path. */
function tokenOf(address: string): string {
  const [path, fragment] = address.split('#');
  expect(path).toMatch(/\/book\/manage$/);
  return decodeURIComponent(fragment ?? '');
}

async function cancelOnPage(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Cancel booking' }).click();
  await page.getByRole('button', { name: 'Yes, cancel it' }).click();
  // The question goes away once the API has answered, either way.
  await page.locator('.confirm-box').waitFor({ state: 'detached' });
}
