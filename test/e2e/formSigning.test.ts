/**
 * A client fills and signs an intake form from the emailed link on a 390 px phone viewport: the
 * token rides after `#`, the page signs on a plain canvas, and staff then read the signed form.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { startWorld, type World } from '../support/world';
import { ensureWebBuilt } from './support/webBuild';
import { launchChromium } from './support/chromium';
import { screenshot } from './support/bookingFlow';

interface Mail {
  destination: { to: string[] };
  body: { text: string };
}

describe('signing a form on a phone', () => {
  let world: World;
  let browser: Browser;
  beforeAll(async () => {
    const dist = ensureWebBuilt('booking');
    world = await startWorld({ staticDirs: [{ mountPath: '/book/', directory: dist }], notifications: { now: () => Date.now() } });
    browser = await launchChromium();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  it('fills and signs an intake form at 390 px', { timeout: 90_000 }, async () => {
    const owner = await world.clinicA.api('owner');
    const email = `intake.${Date.now()}@example.test`;
    await owner.patch(`/api/clients/${world.clinicA.ids.clientId}`, { email });
    const sent = await owner.post<{ form: { formId: string } }>(`/api/cases/${world.clinicA.ids.caseId}/form-requests`, { templateKey: 'intake' });
    expect(sent.status).toBe(201);
    const mails = ((await (await fetch(`${world.notifications!.ses.url}/store`)).json()) as { emails: Mail[] }).emails.filter((mail) => mail.destination.to.includes(email));
    const link = /(http\S+\/book\/forms\/#\S+)/.exec(mails.at(-1)!.body.text)![1]!;

    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: 'en-US', hasTouch: true, isMobile: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const apiPaths: string[] = [];
    page.on('request', (request) => apiPaths.push(new URL(request.url()).pathname + new URL(request.url()).search));
    await page.goto(link);
    await page.getByRole('heading', { name: 'New client intake' }).waitFor();
    // The token left the address bar once the page had it, and never went out in a path or query.
    expect(page.url()).not.toContain('#');
    const token = link.split('#')[1]!;
    expect(apiPaths.some((path) => path.includes(token))).toBe(false);

    await page.getByLabel('What brings you in?').fill('Sore left shoulder after painting the ceiling.');
    await page.getByRole('group', { name: /Pain right now/ }).getByLabel('6', { exact: true }).check();
    await page.getByLabel('Shoulder').check();
    await page.getByRole('group', { name: /surgery/ }).getByLabel('No').check();
    await page.getByLabel('Emergency contact (name and phone)').fill('Sam Example 416 555 0100');
    await page.getByLabel('Your full name').fill('Ann Example');
    const pad = page.locator('canvas#signature');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + box.height / 2);
    await page.mouse.down();
    for (let step = 1; step <= 12; step += 1) await page.mouse.move(box.x + 20 + step * 20, box.y + box.height / 2 + (step % 2 ? -15 : 15));
    await page.mouse.up();
    await page.getByLabel(/I agree to the statement above/).check();
    expect(await page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await screenshot(page, 'form-signing-390');
    await page.getByRole('button', { name: 'Sign and send' }).click();
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    expect(errors).toEqual([]);

    const form = await owner.get<{ status: string; answers: Record<string, unknown>; signature: { typedName: string; image: string }; filledBy: string }>(`/api/form-requests/${sent.body.form.formId}`);
    expect(form.body.status).toBe('submitted');
    expect(form.body.filledBy).toBe('client');
    expect(form.body.answers).toMatchObject({ painNow: 6, regions: ['shoulder'], surgeries: false });
    expect(form.body.signature.typedName).toBe('Ann Example');
    expect(form.body.signature.image).toMatch(/^data:image\/png;base64,/);
    await page.close();
  });
});
