/** Console steps the browser tests share: a signed-in page, and choosing a location and day in the schedule controls. */
import type { Browser, Page } from 'playwright-core';

/** A page signed in as `email` at this width, its page errors collected; the caller waits for the screen it expects. */
export async function signInConsole(browser: Browser, options: { baseUrl: string; email: string; width: number; pageErrors: Error[] }): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
  page.on('pageerror', (error) => options.pageErrors.push(error));
  await page.goto(`${options.baseUrl}/`);
  await page.getByLabel('Email').fill(options.email);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page;
}

/** Picks the location and date in the schedule controls, opening their drawer first on a narrow screen. */
export async function chooseDay(page: Page, locationId: string, date: string): Promise<void> {
  const filters = page.getByRole('button', { name: 'Filters' });
  const inDrawer = await filters.isVisible();
  if (inDrawer) await filters.click();
  const controls = inDrawer ? page.getByRole('dialog', { name: 'Schedule controls' }) : page.getByRole('complementary', { name: 'Schedule controls' });
  await controls.getByLabel('Location').selectOption(locationId);
  await controls.getByLabel('Date').fill(date);
  if (inDrawer) {
    await page.keyboard.press('Escape');
    await controls.waitFor({ state: 'detached' });
  }
}
