/**
 * The console's billing screens in headless Chromium against the local runtime (SPEC B1-B7): the
 * billing policy in settings; voiding an invoice, a credit note and a refund from the case file,
 * each checked through the API's balances; the A/R aging page showing an issued unpaid invoice in
 * its bucket. Also the settings that came with them (editing locations, disciplines and sessions;
 * notification overrides and templates) and booking at a grid slot chosen with the keyboard alone.
 * Screenshots go to test/e2e/artifacts/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshCase, ok } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';
import type { ApiClient } from '../support/apiClient';
import { screenshot } from './support/bookingFlow';
import { launchChromium } from './support/chromium';
import { ensureWebBuilt } from './support/webBuild';
import { dayView, freeStart, localMinutes, minutesOf, nextShiftDay } from './support/consoleGrid';

interface Invoice {
  invoiceId: string;
  invoiceLabel: string;
  status: string;
  totalMinor: number;
  outstandingMinor: number;
  creditedMinor: number;
  creditNotes: { creditNoteLabel: string; amountMinor: number }[];
}
interface Balance {
  receivableMinor: number;
  clientCreditMinor: number;
}

describe('console billing, settings and keyboard booking in Chromium', () => {
  let world: World;
  let browser: Browser;
  let owner: ApiClient;
  let billingItemId: string;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    const dist = ensureWebBuilt('console');
    world = await startWorld({ staticDirs: [{ mountPath: '/', directory: dist }] });
    browser = await launchChromium();
    owner = await world.clinicA.api('owner');
  });

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0).map((error) => error.message)).toEqual([]);
  });

  async function signedIn(role: 'owner' | 'billing' | 'front_desk' = 'owner'): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
    page.on('pageerror', (error) => pageErrors.push(error));
    await page.goto(`${world.baseUrl}/`);
    await page.getByLabel('Email').fill(world.clinicA.users[role]!.email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    return page;
  }

  /** A hand-made charge of the priced item on the case, invoiced to its payer and issued: 100.00 + 13% HST. */
  async function issuedInvoice(caseId: string, payerId: string): Promise<Invoice> {
    await ok(owner.post(`/api/cases/${caseId}/charges`, { billingItemId, payerId, serviceDate: new Date().toISOString().slice(0, 10) }));
    const draft = await ok(owner.post<Invoice>(`/api/cases/${caseId}/invoices`, { payerId }));
    return ok(owner.post<Invoice>(`/api/invoices/${draft.invoiceId}/issue`));
  }

  const invoiceOf = async (id: string) => (await owner.get<Invoice>(`/api/invoices/${id}`)).body;
  const balanceOf = async (caseId: string) => (await owner.get<Balance>(`/api/cases/${caseId}/balance`)).body;

  it('sets the billing policy in settings, with the API’s field errors at the field', { timeout: 60_000 }, async () => {
    const page = await signedIn();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Billing policy' }).click();
    const form = page.getByRole('form', { name: 'Billing policy' });
    await form.getByLabel('Currency').fill('CAD');
    const taxes = form.getByRole('group', { name: 'Tax rates' });
    while (await taxes.getByRole('button', { name: /^Remove tax/ }).count()) await taxes.getByRole('button', { name: /^Remove tax/ }).first().click();
    await taxes.getByRole('button', { name: 'Add tax rate' }).click();
    await taxes.getByLabel('Code of tax 1').fill('HST');
    await taxes.getByLabel('Name of tax 1').fill('Harmonized sales tax');
    // A negative rate: the API names the field, the form shows it there.
    await taxes.getByLabel('Rate of tax 1 (%)').fill('-13');
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/billing/policy') && response.request().method() === 'PUT');
    await form.getByRole('button', { name: 'Save billing policy' }).click();
    expect((await refused).status()).toBe(400);
    await expect.poll(() => taxes.getByLabel('Rate of tax 1 (%)').getAttribute('aria-invalid')).toBe('true');

    await taxes.getByLabel('Rate of tax 1 (%)').fill('13');
    await form.getByLabel('Payment terms (days)').fill('45');
    await form.getByLabel('Alert when visits left reach').fill('3');
    await form.getByLabel('Booking past an authorization').selectOption('block');
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/billing/policy') && response.request().method() === 'PUT');
    await form.getByRole('button', { name: 'Save billing policy' }).click();
    expect((await saved).status()).toBe(200);
    await form.getByText('Saved.').waitFor();
    const policy = (await owner.get<Record<string, unknown>>('/api/billing/policy')).body;
    expect(policy).toMatchObject({
      currency: 'CAD',
      taxRates: [{ code: 'HST', name: 'Harmonized sales tax', basisPoints: 1300 }],
      paymentTermsDays: 45,
      remainingVisitsAlertThreshold: 3,
      authorizationOverrun: 'block',
    });

    // A No Show fee item, chosen from the price list.
    const fee = await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'NS', description: 'Missed appointment', unitPriceMinor: 4000, taxCodes: [] }));
    await page.reload();
    await form.getByLabel('No Show fee').selectOption(fee.billingItemId);
    const again = page.waitForResponse((response) => response.url().endsWith('/api/billing/policy') && response.request().method() === 'PUT');
    await form.getByRole('button', { name: 'Save billing policy' }).click();
    expect((await again).status()).toBe(200);
    expect((await owner.get<{ noShowFeeItemId: string | null; paymentTermsDays: number }>('/api/billing/policy')).body).toMatchObject({ noShowFeeItemId: fee.billingItemId, paymentTermsDays: 45 });
    await screenshot(page, 'console-billing-0-policy');
    await page.close();

    billingItemId = (await ok(owner.post<{ billingItemId: string }>('/api/billing-items', { code: 'PT-UI', description: 'Physiotherapy treatment', unitPriceMinor: 10000, taxCodes: ['HST'] }))).billingItemId;
  });

  it('changes an existing location, discipline and session in settings, with API errors at the field', { timeout: 60_000 }, async () => {
    const location = (await ok(owner.post<{ locationId: string; name: string }>('/api/locations', { name: `Annex ${Date.now() % 100000}`, timeZone: 'America/Toronto' })));
    const page = await signedIn();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Locations' }).click();
    await page.getByRole('button', { name: `Edit location ${location.name}` }).click();
    const form = page.getByRole('form', { name: `Edit location ${location.name}` });
    // The zone is picked from the browser's list of zones, so an unknown zone cannot be sent from here.
    expect(await form.getByLabel('Time zone').locator('option', { hasText: 'Mars' }).count()).toBe(0);
    await form.getByLabel('Time zone').selectOption('America/Vancouver');
    await form.getByLabel('Name').fill(`${location.name} West`);
    const saved = page.waitForResponse((response) => response.url().endsWith(`/api/locations/${location.locationId}`) && response.request().method() === 'PATCH');
    await form.getByRole('button', { name: 'Save changes' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByRole('table', { name: 'Locations' }).getByRole('row').filter({ hasText: `${location.name} West` }).getByText('America/Vancouver').waitFor();
    expect((await owner.get(`/api/locations/${location.locationId}`)).body).toMatchObject({ name: `${location.name} West`, timeZone: 'America/Vancouver' });

    const discipline = await ok(owner.post<{ disciplineId: string; name: string }>('/api/disciplines', { name: `Kinesiology ${Date.now() % 100000}` }));
    await page.getByRole('link', { name: 'Disciplines' }).click();
    await page.getByRole('button', { name: `Edit discipline ${discipline.name}` }).click();
    const disciplineForm = page.getByRole('form', { name: `Edit discipline ${discipline.name}` });
    await disciplineForm.getByLabel('Active').uncheck();
    await disciplineForm.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('table', { name: 'Disciplines' }).getByRole('row').filter({ hasText: discipline.name }).getByText('inactive').waitFor();
    expect((await owner.get<{ active: boolean }>(`/api/disciplines/${discipline.disciplineId}`)).body.active).toBe(false);

    const session = (await owner.get<{ name: string }>(`/api/sessions/${world.clinicA.ids.sessionId}`)).body;
    await page.getByRole('link', { name: 'Sessions' }).click();
    await page.getByRole('button', { name: `Edit session ${session.name}` }).click();
    const sessionForm = page.getByRole('form', { name: `Edit session ${session.name}` });
    await sessionForm.getByLabel('Length (minutes)').fill('2');
    const short = page.waitForResponse((response) => response.url().endsWith(`/api/sessions/${world.clinicA.ids.sessionId}`) && response.request().method() === 'PATCH');
    await sessionForm.getByRole('button', { name: 'Save changes' }).click();
    const problem = (await (await short).json()) as { errors: { path: string; message: string }[] };
    expect((await short).status()).toBe(400);
    await sessionForm.getByText(problem.errors.find((error) => error.path.endsWith('durationMinutes'))!.message).waitFor();
    expect(await sessionForm.getByLabel('Length (minutes)').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'console-billing-4-settings-edit');
    await page.close();
  });

  it('turns authorization alerts off, overrides one calendar’s notices and edits a mail template', { timeout: 60_000 }, async () => {
    const { calendarId } = world.clinicA.ids;
    const page = await signedIn();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Notifications' }).click();
    const settings = page.getByRole('form', { name: 'Notification settings' });
    const alerts = settings.getByRole('checkbox', { name: /authorization nears its last visits/ });
    expect(await alerts.isChecked()).toBe(true);
    await alerts.uncheck();
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/notification-settings') && response.request().method() === 'PUT');
    await settings.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await saved).status()).toBe(200);
    expect((await owner.get<{ settings: { authorizationAlerts: boolean } }>('/api/notification-settings')).body.settings.authorizationAlerts).toBe(false);

    const override = page.getByRole('form', { name: 'Calendar notification override' });
    await override.getByLabel('Calendar', { exact: true }).selectOption(calendarId);
    await override.getByLabel('New booking to the client on this calendar').selectOption('on');
    const overridden = page.waitForResponse((response) => response.url().endsWith(`/api/calendars/${calendarId}/notification-settings`) && response.request().method() === 'PUT');
    await override.getByRole('button', { name: 'Save calendar notices' }).click();
    expect((await overridden).status()).toBe(200);
    const calendarSettings = (await owner.get<{ override: unknown; effective: { notices: { newBooking: { client: boolean } } } }>(`/api/calendars/${calendarId}/notification-settings`)).body;
    expect(calendarSettings.override).toEqual({ notices: { newBooking: { client: true } } });
    expect(calendarSettings.effective.notices.newBooking.client).toBe(true);

    const template = page.getByRole('form', { name: 'Mail template' });
    await template.getByLabel('Message').selectOption('reminder');
    await template.getByLabel('Subject').fill('See you soon at {{clinicName}}');
    const put = page.waitForResponse((response) => response.url().endsWith('/api/notification-templates') && response.request().method() === 'PUT');
    await template.getByRole('button', { name: 'Save template' }).click();
    expect((await put).status()).toBe(200);
    await template.getByText('the clinic’s own').waitFor();
    const reminder = (await owner.get<{ items: { kind: string; subject: string; custom: boolean }[] }>('/api/notification-templates')).body.items.find((item) => item.kind === 'reminder');
    expect(reminder).toMatchObject({ subject: 'See you soon at {{clinicName}}', custom: true });
    await screenshot(page, 'console-billing-5-notifications');
    // Back to following the clinic, from the form.
    const followed = page.waitForResponse((response) => response.url().endsWith(`/api/calendars/${calendarId}/notification-settings`) && response.request().method() === 'PUT');
    await override.getByRole('button', { name: 'Follow the clinic' }).click();
    expect((await followed).status()).toBe(200);
    expect((await owner.get<{ override: unknown }>(`/api/calendars/${calendarId}/notification-settings`)).body.override).toEqual({});
    await override.getByLabel('New booking to the client on this calendar').filter({ has: page.locator('option[value="clinic"]:checked') }).waitFor();
    await page.close();
  });

  it('voids an invoice, issues a credit note and refunds a payment from the case file', { timeout: 90_000 }, async () => {
    const { caseId, clientId, payerId } = await freshCase(owner);
    const toVoid = await issuedInvoice(caseId, payerId);
    const toCredit = await issuedInvoice(caseId, payerId);
    expect(toCredit.totalMinor).toBe(11300);
    expect((await balanceOf(caseId)).receivableMinor).toBe(22600);

    const page = await signedIn('billing');
    await page.goto(`${world.baseUrl}/cases/${caseId}`);
    const invoices = page.getByRole('table', { name: 'Invoices of the case' });
    const row = (invoice: Invoice) => invoices.getByRole('row').filter({ hasText: invoice.invoiceLabel });

    // Void the first.
    await row(toVoid).getByRole('button', { name: 'Void' }).click();
    const voidForm = page.getByRole('form', { name: `Void ${toVoid.invoiceLabel}` });
    await voidForm.getByLabel('Why is it void?').fill('Billed to the wrong payer');
    const voided = page.waitForResponse((response) => response.url().endsWith(`/api/invoices/${toVoid.invoiceId}/void`));
    await voidForm.getByRole('button', { name: 'Void invoice' }).click();
    expect((await voided).status()).toBe(200);
    await row(toVoid).getByRole('cell', { name: 'void', exact: true }).waitFor();
    expect((await invoiceOf(toVoid.invoiceId)).status).toBe('void');
    expect((await balanceOf(caseId)).receivableMinor).toBe(11300);

    // A credit note of 20.00 on the second; its number shows on the invoice.
    await row(toCredit).getByRole('button', { name: 'Credit note' }).click();
    const creditForm = page.getByRole('form', { name: `Credit note for ${toCredit.invoiceLabel}` });
    await creditForm.getByLabel(/^Amount/).fill('20.00');
    await creditForm.getByLabel('Reason').fill('Goodwill');
    const credited = page.waitForResponse((response) => response.url().endsWith(`/api/invoices/${toCredit.invoiceId}/credit-notes`));
    await creditForm.getByRole('button', { name: 'Issue credit note' }).click();
    expect((await credited).status()).toBe(201);
    const afterCredit = await invoiceOf(toCredit.invoiceId);
    expect(afterCredit).toMatchObject({ creditedMinor: 2000, outstandingMinor: 9300 });
    const noteLabel = afterCredit.creditNotes[0]!.creditNoteLabel;
    expect(noteLabel).toMatch(/^CN-\d+$/);
    await row(toCredit).getByTestId('credit-notes').filter({ hasText: noteLabel }).waitFor();
    expect((await balanceOf(caseId)).receivableMinor).toBe(9300);
    await screenshot(page, 'console-billing-1-credit-note');

    // The client pays 100.00 for the 93.00 owing (7.00 kept as credit); a 50.00 refund takes the credit first, then reopens 43.00.
    const payment = await ok(owner.post<{ paymentId: string; toCreditMinor: number }>('/api/payments', { clientId, amountMinor: 10000, method: 'cash', allocations: [{ invoiceId: toCredit.invoiceId, amountMinor: 9300 }] }));
    expect(payment.toCreditMinor).toBe(700);
    await page.reload();
    await page.getByTestId('case-balance').filter({ hasText: /client credit \$7\.00/ }).waitFor();
    const payments = page.getByRole('table', { name: 'Payments of the client' });
    await payments.getByRole('button', { name: 'Refund' }).click();
    const refundForm = page.getByRole('form', { name: 'Refund payment' });
    expect(await refundForm.getByLabel(/^Refund/).inputValue()).toBe('100.00');
    // More than was paid: the API refuses and nothing changes.
    await refundForm.getByLabel(/^Refund/).fill('150.00');
    await refundForm.getByLabel('Reason').fill('Treatment plan ended');
    const overRefund = page.waitForResponse((response) => response.url().endsWith(`/api/payments/${payment.paymentId}/refunds`));
    await refundForm.getByRole('button', { name: 'Refund payment' }).click();
    expect((await overRefund).status()).toBeGreaterThanOrEqual(400);
    expect((await overRefund).status()).toBeLessThan(500);
    await refundForm.locator('[aria-invalid="true"], [role="alert"]').first().waitFor();
    await refundForm.getByLabel(/^Refund/).fill('50.00');
    const refunded = page.waitForResponse((response) => response.url().endsWith(`/api/payments/${payment.paymentId}/refunds`));
    await refundForm.getByRole('button', { name: 'Refund payment' }).click();
    expect((await refunded).status()).toBe(201);
    await payments.getByRole('cell', { name: '$50.00', exact: true }).waitFor();
    expect(await balanceOf(caseId)).toMatchObject({ receivableMinor: 4300, clientCreditMinor: 0 });
    expect(await invoiceOf(toCredit.invoiceId)).toMatchObject({ status: 'issued', outstandingMinor: 4300 });
    await page.getByTestId('case-balance').filter({ hasText: /^Balance \$43\.00/ }).waitFor();

    // The client's statement shows the same.
    await page.getByRole('link', { name: 'Client statement' }).click();
    await page.getByTestId('statement-totals').filter({ hasText: 'Owing $43.00' }).waitFor();
    await page.getByRole('table', { name: 'Invoices on the statement' }).getByRole('row').filter({ hasText: toVoid.invoiceLabel }).getByRole('cell', { name: 'void', exact: true }).waitFor();
    await screenshot(page, 'console-billing-2-statement');
    await page.close();
  });

  it('shows an issued unpaid invoice in its bucket on the A/R aging page', { timeout: 60_000 }, async () => {
    const payerName = `Aging Insurer ${Date.now() % 100000}`;
    const { caseId, payerId } = await freshCase(owner, { kind: 'insurer', name: payerName, coverage: { kind: 'remainder' } });
    const invoice = await issuedInvoice(caseId, payerId);
    const page = await signedIn('billing');
    const report = page.waitForResponse((response) => response.url().includes('/api/billing/aging'));
    await page.getByRole('link', { name: 'A/R aging' }).click();
    expect((await report).status()).toBe(200);
    const row = page.getByRole('table', { name: 'Aging per payer' }).getByRole('row').filter({ hasText: payerName });
    await row.locator('[data-bucket="0-30"]').filter({ hasText: '$113.00' }).waitFor();
    for (const bucket of ['31-60', '61-90', '90+']) expect(await row.locator(`[data-bucket="${bucket}"]`).textContent()).toBe('$0.00');
    expect(invoice.outstandingMinor).toBe(11300);
    // Forty days on, the same invoice is 31-60 days old.
    const later = new Date(Date.now() + 40 * 86_400_000).toISOString().slice(0, 10);
    await page.getByLabel('As of').fill(later);
    await row.locator('[data-bucket="31-60"]').filter({ hasText: '$113.00' }).waitFor();
    await screenshot(page, 'console-billing-3-aging');
    await page.close();
  });

  it('books at a grid slot chosen with the keyboard alone', { timeout: 60_000 }, async () => {
    const { calendarId, clientId, caseId, sessionId } = world.clinicA.ids;
    const locationId = (await owner.get<{ locationId: string }>(`/api/calendars/${calendarId}`)).body.locationId;
    const { timeZone } = (await owner.get<{ timeZone: string }>(`/api/locations/${locationId}`)).body;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
    const day = await nextShiftDay(owner, locationId, calendarId, today);
    const column = day.columns.find((item) => item.calendarId === calendarId)!;
    const target = freeStart(column, day.timeZone, 60);
    const client = (await owner.get<{ client: { firstName: string; lastName: string } }>(`/api/clients/${clientId}`)).body.client;

    const page = await signedIn('front_desk');
    const controls = page.getByRole('complementary', { name: 'Schedule controls' });
    await controls.getByLabel('Location').selectOption(locationId);
    await controls.getByLabel('Date').fill(day.date);
    const grid = page.locator(`.grid-column[data-calendar-id="${calendarId}"]`);
    await grid.waitFor();
    // The grid is one tab stop; the arrow keys walk the slots and Enter books.
    await page.locator('.grid-column[tabindex="0"]').focus();
    for (let index = 0; index < day.columns.findIndex((item) => item.calendarId === calendarId); index += 1) await page.keyboard.press('ArrowRight');
    await expect.poll(() => grid.evaluate((element) => element === element.ownerDocument.activeElement)).toBe(true);
    await page.keyboard.press('Home');
    const cursor = grid.locator('.slot-cursor');
    await expect.poll(() => cursor.getAttribute('data-minutes')).toBe(String(minutesOf(column.shift!.start)));
    for (let minutes = minutesOf(column.shift!.start); minutes < target; minutes += 15) await page.keyboard.press('ArrowDown');
    await expect.poll(() => cursor.getAttribute('data-minutes')).toBe(String(target));
    expect(await cursor.isVisible()).toBe(true);
    await screenshot(page, 'console-billing-6-keyboard-slot');
    await page.keyboard.press('Enter');

    const panel = page.getByRole('dialog', { name: 'New booking' });
    const hhmm = `${String(Math.floor(target / 60)).padStart(2, '0')}:${String(target % 60).padStart(2, '0')}`;
    expect(await panel.getByLabel('Time', { exact: true }).inputValue()).toBe(hhmm);
    expect(await panel.getByLabel('Calendar', { exact: true }).inputValue()).toBe(calendarId);
    await panel.getByLabel('Find client').fill(client.lastName);
    await panel.getByRole('listitem').filter({ hasText: client.firstName }).first().click();
    const caseLabel = (await owner.get<{ caseLabel: string }>(`/api/cases/${caseId}`)).body.caseLabel;
    await panel.getByRole('radio', { name: new RegExp(`^${caseLabel} `) }).check();
    await panel.getByLabel('Session').selectOption(sessionId);
    const booked = page.waitForResponse((response) => response.url().endsWith('/api/appointments') && response.request().method() === 'POST');
    await panel.getByRole('button', { name: 'Book', exact: true }).click();
    expect((await booked).status()).toBe(201);
    const appointment = ((await (await booked).json()) as { appointment: { start: string; calendarId: string } }).appointment;
    expect(appointment.calendarId).toBe(calendarId);
    expect(localMinutes(appointment.start, day.timeZone)).toBe(target);
    expect((await dayView(owner, locationId, day.date)).total).toBe(day.total + 1);
    await page.close();
  });
});
