/** The booking pages driven the way a client uses them, one step per function, with a screenshot each. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../../infra/lib/paths';
import { waitForMail } from './mailbox';

export const ARTIFACTS_DIR = join(REPO_ROOT, 'test/e2e/artifacts');

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}-${width}.png`), fullPage: true });
}

export interface Client {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
}

/** From the times on screen (optionally a week later) through details and code to the confirmation. */
export async function bookFirstTime(page: Page, options: { client: Client; sesUrl: string; nextWeek?: boolean }): Promise<string> {
  const { client, sesUrl } = options;
  if (options.nextWeek) await page.getByRole('button', { name: 'Later' }).click();
  const firstTime = page.locator('.slot-list button').first();
  await firstTime.waitFor();
  await expect.poll(() => page.locator('.zone').textContent()).toMatch(/Times are in Toronto time/);
  await screenshot(page, 'booking-1-times-next-week');
  await firstTime.click();

  await page.getByLabel('First name').fill(client.firstName);
  await page.getByLabel('Last name').fill(client.lastName);
  await page.getByLabel('Email').fill(client.email);
  if (client.phone) await page.getByLabel('Phone (optional)').fill(client.phone);
  await screenshot(page, 'booking-2-details');
  const codeRequested = Date.now();
  await page.getByRole('button', { name: 'Send me a code' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();

  const codeIn = (mail: { subject: string; text: string }) => /\b(\d{6})\b/.exec(`${mail.subject}\n${mail.text}`)?.[1];
  const codeMail = await waitForMail(sesUrl, client.email, (mail) => codeIn(mail) !== undefined && mail.at >= codeRequested - 1000);
  const code = codeIn(codeMail)!;
  await page.getByLabel('Code from the email').fill(code);
  await screenshot(page, 'booking-3-code');
  const booked = Date.now();
  await page.getByRole('button', { name: 'Confirm booking' }).click();
  await page.getByRole('heading', { name: 'You’re booked' }).waitFor();
  await screenshot(page, 'booking-4-confirmed');

  const confirmation = await waitForMail(sesUrl, client.email, (mail) => mail.text.includes('/book/manage#') && mail.at >= booked - 1000);
  const path = /\/book\/manage#[A-Za-z0-9._~%-]+/.exec(confirmation.text)?.[0];
  expect(path, 'the confirmation mail carries the manage link').toBeDefined();
  return path!;
}
