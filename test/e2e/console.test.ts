/**
 * The staff console in headless Chromium against the local runtime (SPEC P4, A1-A5): sign in, book
 * from the grid into a case, book an overlapping appointment beside it, move one by dragging, toggle
 * statuses in the status bar and find time, offer an empty slot to a waitlist match, and set a recall rule's session,
 * case type and channels. Screenshots at 390, 820 and 1440 px go to
 * test/e2e/artifacts/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { freshCase, pricedSession } from '../support/billingWorld';
import { startWorld, type World } from '../support/world';
import type { ApiClient } from '../support/apiClient';
import { screenshot } from './support/bookingFlow';
import { launchChromium } from './support/chromium';
import { dayView, freeStart, localMinutes, nextShiftDay, pointAt, type DayViewBody } from './support/consoleGrid';
import { ensureWebBuilt } from './support/webBuild';
import { chooseDay, signInConsole } from './support/consoleSession';


interface Appointment {
  appointmentId: string;
  caseId: string;
  calendarId: string;
  start: string;
  status: string;
  rescheduledToId?: string;
}

describe('staff console in Chromium', () => {
  let world: World;
  let browser: Browser;
  let owner: ApiClient;
  let day: DayViewBody;
  let locationId: string;
  let client: { lastName: string; firstName: string };
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    const dist = ensureWebBuilt('console');
    world = await startWorld({ staticDirs: [{ mountPath: '/', directory: dist }] });
    browser = await launchChromium();
    owner = await world.clinicA.api('owner');
    const { calendarId, clientId } = world.clinicA.ids;
    locationId = (await owner.get<{ locationId: string }>(`/api/calendars/${calendarId}`)).body.locationId;
    const location = (await owner.get<{ timeZone: string }>(`/api/locations/${locationId}`)).body;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: location.timeZone }).format(new Date());
    day = await nextShiftDay(owner, locationId, calendarId, today);
    client = (await owner.get<{ client: { lastName: string; firstName: string } }>(`/api/clients/${clientId}`)).body.client;
  });

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0).map((error) => error.message)).toEqual([]);
  });

  async function signedIn(width: number): Promise<Page> {
    const page = await signInConsole(browser, { baseUrl: world.baseUrl, email: world.clinicA.users.front_desk!.email, width, pageErrors });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '·' }).waitFor();
    return page;
  }

  async function openDay(page: Page): Promise<void> {
    await chooseDay(page, locationId, day.date);
    const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
    const title = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' }).format(new Date(Date.UTC(year, month - 1, date)));
    await page.getByRole('heading', { level: 1, name: new RegExp(`^${title} ·`) }).waitFor();
    await page.locator(`[data-calendar-id="${world.clinicA.ids.calendarId}"]`).or(page.locator('.phone-day')).first().waitFor();
  }

  async function bookHere(page: Page, point: { x: number; y: number }, who = { ...client, caseId: world.clinicA.ids.caseId }): Promise<Appointment> {
    await page.mouse.click(point.x, point.y);
    const panel = page.getByRole('dialog', { name: 'New booking' });
    await panel.getByLabel('Find client').fill(who.lastName);
    await panel.getByRole('listitem').filter({ hasText: who.firstName }).first().click();
    const caseLabel = (await owner.get<{ caseLabel: string }>(`/api/cases/${who.caseId}`)).body.caseLabel;
    await panel.getByRole('radio', { name: new RegExp(`^${caseLabel} `) }).check();
    await panel.getByLabel('Booking context').waitFor();
    await panel.getByLabel('Session').selectOption(world.clinicA.ids.sessionId);
    const booked = page.waitForResponse((response) => response.url().endsWith('/api/appointments') && response.request().method() === 'POST');
    await panel.getByRole('button', { name: 'Book', exact: true }).click();
    const result = (await (await booked).json()) as { appointment: Appointment };
    expect((await booked).status()).toBe(201);
    await page.getByRole('dialog', { name: 'Appointment' }).getByTestId('appointment-status').filter({ hasText: 'Booked' }).waitFor();
    await page.getByRole('button', { name: 'Close panel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    return result.appointment;
  }

  it('books from the grid into a case, then an overlapping one beside it, and moves one by drag', { timeout: 90_000 }, async () => {
    const { calendarId, caseId } = world.clinicA.ids;
    const page = await signedIn(1440);
    await screenshot(page, 'console-0-signed-in');
    await openDay(page);
    const column = day.columns.find((item) => item.calendarId === calendarId)!;
    const start = freeStart(column, day.timeZone, 60);

    const first = await bookHere(page, await pointAt(page, calendarId, start));
    expect(first).toMatchObject({ caseId, calendarId, status: 'booked' });
    expect(localMinutes(first.start, day.timeZone)).toBe(start);
    const firstBox = page.locator(`[data-appointment-id="${first.appointmentId}"]`);
    await firstBox.waitFor();

    // The right-hand part of an occupied slot is still the grid: a click there books another.
    const second = await bookHere(page, await pointAt(page, calendarId, start, 0.95));
    expect(localMinutes(second.start, day.timeZone)).toBe(start);
    const secondBox = page.locator(`[data-appointment-id="${second.appointmentId}"]`);
    await secondBox.waitFor();
    await expect.poll(async () => (await firstBox.boundingBox())!.width).toBeLessThan((await page.locator(`.grid-column[data-calendar-id="${calendarId}"]`).boundingBox())!.width / 2);
    const [a, b] = [(await firstBox.boundingBox())!, (await secondBox.boundingBox())!];
    expect(Math.round(a.y)).toBe(Math.round(b.y));
    expect(a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1).toBe(true);
    await screenshot(page, 'console-1-overlap');

    // Drag the second one to a free time later in the shift.
    const later = freeStart({ ...column, appointments: [...column.appointments, { ...first, end: new Date(Date.parse(first.start) + 3_600_000).toISOString() }] }, day.timeZone, 60, start + 60);
    // Grabbed 6 px below its top, dropped 6 px below the target minute's line.
    const target = await pointAt(page, calendarId, later, 0.2);
    const grab = (await secondBox.boundingBox())!;
    await page.mouse.move(grab.x + grab.width / 2, grab.y + 6);
    await page.mouse.down();
    await page.mouse.move(grab.x + grab.width / 2, grab.y + 30, { steps: 4 });
    const moved = page.waitForResponse((response) => response.url().endsWith(`/api/appointments/${second.appointmentId}/move`));
    await page.mouse.move(target.x, target.y + 2, { steps: 8 });
    await page.mouse.up();
    expect((await moved).status()).toBe(201);
    const old = (await owner.get<Appointment>(`/api/appointments/${second.appointmentId}`)).body;
    expect(old.status).toBe('rebooked');
    const replacement = (await owner.get<Appointment>(`/api/appointments/${old.rescheduledToId}`)).body;
    expect(localMinutes(replacement.start, day.timeZone)).toBe(later);
    await page.locator(`[data-appointment-id="${replacement.appointmentId}"]`).waitFor();

    // A client waiting for just this hour shows among an empty slot's waitlist matches, and is offered it by hand.
    // The client has no email address: the offer is recorded, not sent, as this world has no mailer or scheduler.
    const { sessionId } = world.clinicA.ids;
    const clientId = (await owner.post<{ clientId: string }>('/api/clients', { firstName: 'Nomail', lastName: 'Waiting' })).body.clientId;
    const waiting = (await owner.post<{ caseId: string }>(`/api/clients/${clientId}/cases`, { caseType: 'private', intakeDate: day.date })).body.caseId;
    const length = (await owner.get<{ durationMinutes: number }>(`/api/sessions/${sessionId}`)).body.durationMinutes;
    const now = await dayView(owner, locationId, day.date);
    const open = freeStart(now.columns.find((item) => item.calendarId === calendarId)!, day.timeZone, length);
    const [year, month, date] = day.date.split('-').map(Number) as [number, number, number];
    const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay() || 7;
    const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const entry = await owner.post<{ entryId: string }>('/api/waitlist', { caseId: waiting, sessionId, calendarIds: [calendarId], windows: [{ days: [weekday], start: hhmm(open), end: hhmm(open + length) }], earliestDate: day.date, latestDate: day.date, priority: 1 });
    expect(entry.status).toBe(201);
    const spot = await pointAt(page, calendarId, open);
    await page.mouse.click(spot.x, spot.y);
    const panel = page.getByRole('dialog', { name: 'New booking' });
    await panel.getByLabel('Session').selectOption(sessionId);
    const matches = panel.getByRole('region', { name: 'Waitlist matches' });
    const row = matches.getByRole('row').filter({ has: page.locator(`a[href="/clients/${clientId}"]`) });
    await row.waitFor();
    const offered = page.waitForResponse((response) => response.url().endsWith('/api/waitlist/offers') && response.request().method() === 'POST');
    await row.getByRole('button', { name: 'Offer' }).click();
    expect((await offered).status()).toBe(201);
    await matches.getByRole('status').filter({ hasText: /^Offer recorded as expired/ }).waitFor();
    const offers = (await owner.get<{ items: { start: string; status: string }[] }>(`/api/waitlist/${entry.body.entryId}/offers`)).body.items;
    expect(offers).toHaveLength(1);
    expect(offers[0]!.status).toBe('expired');
    expect(localMinutes(offers[0]!.start, day.timeZone)).toBe(open);
    // Later steps cancel and move visits on this day: the entry must not be offered their openings.
    expect((await owner.request('DELETE', `/api/waitlist/${entry.body.entryId}`)).status).toBe(204);
    await page.close();
  });

  it('toggles statuses in the status bar, blocks time from the grid and finds time', { timeout: 60_000 }, async () => {
    const page = await signedIn(1440);
    await openDay(page);
    const view = await dayView(owner, locationId, day.date);
    const bar = page.getByRole('group', { name: /Appointments by status/ });
    await expect.poll(() => bar.getByTestId('status-total').textContent()).toBe(`Total ${view.total}`);

    // Rebooked is hidden at first (the moved appointment of the first test); turning it on shows it.
    // Mantine's chips hide the checkbox itself; people click the label.
    const chip = (name: string) => bar.locator('label').filter({ hasText: new RegExp(`^${name}`) });
    const rebooked = bar.getByRole('checkbox', { name: /Rebooked/ });
    expect(await rebooked.isChecked()).toBe(false);
    expect(await page.locator('.appointment.status-rebooked').count()).toBe(0);
    await chip('Rebooked').click();
    expect(await rebooked.isChecked()).toBe(true);
    await expect.poll(() => page.locator('.appointment.status-rebooked').count()).toBe(view.counts.rebooked ?? 0);
    expect(view.counts.rebooked).toBeGreaterThan(0);
    // Booked off hides every booked appointment.
    expect(await page.locator('.appointment.status-booked').count()).toBeGreaterThan(0);
    await chip('Booked').click();
    await expect.poll(() => page.locator('.appointment.status-booked').count()).toBe(0);
    await chip('Booked').click();

    // A click on free time can block it instead of booking.
    const column = view.columns.find((item) => item.calendarId === world.clinicA.ids.calendarId)!;
    const blockAt = freeStart(column, view.timeZone, 30);
    await page.mouse.click(...Object.values(await pointAt(page, column.calendarId, blockAt)) as [number, number]);
    await page.getByRole('dialog', { name: 'New booking' }).getByText('Block time').click();
    const blockForm = page.getByRole('form', { name: 'Block time' });
    await blockForm.getByLabel('Label (optional)').fill('Team meeting');
    const blocked = page.waitForResponse((response) => response.url().endsWith('/api/time-blocks') && response.request().method() === 'POST');
    await blockForm.getByRole('button', { name: 'Block this time' }).click();
    expect((await blocked).status()).toBe(201);
    await page.locator(`.grid-column[data-calendar-id="${column.calendarId}"] .block`).filter({ hasText: 'Team meeting' }).waitFor();

    await page.getByRole('search', { name: 'Find time' }).getByLabel('Session').selectOption(world.clinicA.ids.sessionId);
    const found = page.waitForResponse((response) => response.url().includes('/api/availability?'));
    await page.getByRole('button', { name: 'Find time' }).click();
    expect((await found).status()).toBe(200);
    await page.locator('.opening').first().waitFor();
    expect(await page.locator('.opening').count()).toBeGreaterThan(0);
    await screenshot(page, 'console-2-find-time');
    await page.close();
  });

  it('repeats an appointment weekly after checking each date', { timeout: 60_000 }, async () => {
    const page = await signedIn(1440);
    await openDay(page);
    const view = await dayView(owner, locationId, day.date);
    const booked = view.columns.find((item) => item.calendarId === world.clinicA.ids.calendarId)!.appointments.find((item) => item.status === 'booked')!;
    await page.locator(`[data-appointment-id="${booked.appointmentId}"]`).click();
    const panel = page.getByRole('dialog', { name: 'Appointment' });
    await panel.getByRole('button', { name: 'Repeat' }).click();
    await panel.getByLabel('Occurrences in all').fill('3');
    await panel.getByRole('button', { name: 'Check dates' }).click();
    const dates = panel.getByRole('checkbox', { name: /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), / });
    await expect.poll(() => dates.count()).toBe(2);
    const repeated = page.waitForResponse((response) => response.url().endsWith(`/api/appointments/${booked.appointmentId}/repeat`));
    await panel.getByRole('button', { name: /^Book \d+ dates$/ }).click();
    expect((await repeated).status()).toBe(201);
    const series = (await (await repeated).json()) as { items: Appointment[] };
    await panel.getByText(`Booked ${series.items.length} more as a series.`).waitFor();
    expect(series.items.length).toBeGreaterThan(0);
    await page.close();
  });

  it('finds a client, opens the case file, shows API errors at the field in settings, adds a calendar and repeats its shifts', { timeout: 60_000 }, async () => {
    const page = await signedIn(1440);
    await page.getByRole('link', { name: 'Clients' }).click();
    await page.getByLabel('Search clients').fill(client.lastName);
    await page.getByRole('table', { name: 'Clients found' }).getByRole('link', { name: new RegExp(client.lastName) }).first().click();
    const caseLabel = (await owner.get<{ caseLabel: string }>(`/api/cases/${world.clinicA.ids.caseId}`)).body.caseLabel;
    await page.getByRole('table', { name: 'Case files' }).getByRole('link', { name: new RegExp(`^${caseLabel}`) }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`^Case ${caseLabel}`) }).waitFor();
    const appointments = (await owner.get<{ items: unknown[] }>(`/api/cases/${world.clinicA.ids.caseId}/appointments?limit=100`)).body.items;
    await expect.poll(() => page.getByRole('table', { name: 'Appointments of the case' }).locator('tbody tr').count()).toBe(Math.max(1, appointments.length));
    await screenshot(page, 'console-4-case');

    // Front desk may not add sessions: the owner signs in for settings.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Email').fill(world.clinicA.users.owner!.email);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Sessions' }).click();
    const form = page.getByRole('form', { name: 'Add session' });
    await form.getByLabel('Name').fill('Too short');
    await form.getByLabel('Length (minutes)').fill('2');
    const refused = page.waitForResponse((response) => response.url().endsWith('/api/sessions') && response.request().method() === 'POST');
    await form.getByRole('button', { name: 'Add session' }).click();
    const problem = (await (await refused).json()) as { errors: { path: string; message: string }[] };
    expect((await refused).status()).toBe(400);
    const message = problem.errors.find((error) => error.path.endsWith('durationMinutes'))!.message;
    await expect.poll(() => form.getByLabel('Length (minutes)').getAttribute('aria-invalid')).toBe('true');
    await form.getByText(message).waitFor();
    await screenshot(page, 'console-5-settings-error');

    // A new equipment calendar, then its shifts for a week from the weekly planner.
    await page.getByRole('link', { name: 'Calendars' }).click();
    const calendarForm = page.getByRole('form', { name: 'Add calendar' });
    await calendarForm.getByLabel('Name').fill('Ultrasound unit');
    await calendarForm.getByLabel('Kind').selectOption('equipment');
    await calendarForm.getByLabel('Location').selectOption(locationId);
    await calendarForm.getByRole('button', { name: 'Add calendar' }).click();
    await page.getByRole('table', { name: 'Calendars' }).getByText('Ultrasound unit').waitFor();
    await page.getByRole('link', { name: 'Shifts' }).click();
    await page.getByLabel('Location').selectOption(locationId);
    const planner = page.getByRole('form', { name: 'Repeat a shift' });
    await planner.getByRole('checkbox', { name: 'Ultrasound unit' }).check();
    await planner.getByLabel('Weeks').fill('1');
    await planner.getByRole('button', { name: 'Repeat shift' }).click();
    await planner.getByText(/^\d+ shifts added\.$/).waitFor();
    await page.getByRole('table', { name: 'Shifts of the week' }).getByRole('row', { name: /Ultrasound unit/ }).getByText(/^9:00\s?(AM|a\.m\.)–5:00\s?(PM|p\.m\.) \(1 break\)$/i).first().waitFor();
    await screenshot(page, 'console-5-shift-planner');
    await page.close();
  });

  it('sets a recall rule’s session, case type and channels in the rule editor', { timeout: 60_000 }, async () => {
    const session = (await owner.get<{ items: { sessionId: string; name: string }[] }>('/api/sessions?limit=100')).body.items[0]!;
    const page = await signInConsole(browser, { baseUrl: world.baseUrl, email: world.clinicA.users.owner!.email, width: 1440, pageErrors });
    await page.getByRole('link', { name: 'Recalls' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recalls' }).waitFor();
    const rules = page.getByRole('table', { name: 'Recall rules' });
    await page.getByRole('button', { name: 'Add rule' }).click();
    const row = rules.locator('tbody tr').last();
    await row.getByLabel('Rule name').fill('After treatment');
    await row.getByLabel('Session').selectOption(session.sessionId);
    await row.getByLabel('Case type').selectOption('workers_compensation');
    await row.getByRole('checkbox', { name: 'Send by SMS' }).uncheck();
    await row.getByText(`Workers' compensation cases whose last visit was ${session.name}`).waitFor();
    const saved = page.waitForResponse((response) => response.url().endsWith('/api/recall-rules') && response.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save rules' }).click();
    expect((await saved).status()).toBe(200);
    const stored = (await owner.get<{ rules: { name: string; sessionId?: string; caseType?: string; channels: unknown }[] }>('/api/recall-rules')).body.rules;
    expect(stored.find((rule) => rule.name === 'After treatment')).toMatchObject({ sessionId: session.sessionId, caseType: 'workers_compensation', channels: { email: true, sms: false } });
    await screenshot(page, 'console-6-recall-rules');

    // Back to any session: the field is left out, not sent as null.
    await row.getByLabel('Session').selectOption('');
    const again = page.waitForResponse((response) => response.url().endsWith('/api/recall-rules') && response.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Save rules' }).click();
    expect((await again).status()).toBe(200);
    const reopened = (await owner.get<{ rules: { name: string; sessionId?: string }[] }>('/api/recall-rules')).body.rules.find((rule) => rule.name === 'After treatment');
    expect(reopened).toBeDefined();
    expect(reopened!.sessionId).toBeUndefined();
    await page.close();
  });

  it('arrives, bills and collects from the appointment, ending Paid with the case balance zero', { timeout: 90_000 }, async () => {
    await pricedSession(world, owner);
    const { caseId, clientId } = await freshCase(owner);
    const payer = (await owner.get<{ client: { firstName: string; lastName: string } }>(`/api/clients/${clientId}`)).body.client;
    const page = await signedIn(1440);
    await openDay(page);
    const view = await dayView(owner, locationId, day.date);
    const column = view.columns.find((item) => item.calendarId === world.clinicA.ids.calendarId)!;
    const appointment = await bookHere(page, await pointAt(page, column.calendarId, freeStart(column, view.timeZone, 60)), { ...payer, caseId });

    await page.locator(`[data-appointment-id="${appointment.appointmentId}"]`).click();
    const panel = page.getByRole('dialog', { name: 'Appointment' });
    await panel.getByRole('button', { name: 'Arrive' }).click();
    await panel.getByTestId('appointment-status').filter({ hasText: 'Arrived' }).waitFor();
    // The session's default charge, made in the background, to confirm (still editable).
    const charges = panel.getByRole('table', { name: 'Charges of this visit' });
    await charges.locator('tbody tr').first().waitFor();
    expect(await charges.getByRole('textbox', { name: /^Price of/ }).inputValue()).toBe('100.00');
    await screenshot(page, 'console-6-arrived');
    await panel.getByRole('button', { name: 'Confirm charges' }).click();

    const invoiced = page.waitForResponse((response) => /\/api\/invoices\/[^/]+\/issue$/.test(response.url()));
    await panel.getByRole('button', { name: 'Create invoice' }).click();
    expect((await invoiced).status()).toBe(200);
    const payment = panel.getByRole('form', { name: 'Record payment' });
    await payment.waitFor();
    expect(await payment.getByLabel(/^Amount/).inputValue()).toBe('113.00');
    await payment.getByLabel('Method').selectOption('card');
    await payment.getByRole('button', { name: 'Record payment' }).click();

    await panel.getByTestId('appointment-status').filter({ hasText: 'Paid' }).waitFor();
    await panel.getByTestId('case-balance').filter({ hasText: /Case balance: \$0\.00/ }).waitFor();
    await panel.getByTestId('invoice-status').filter({ hasText: 'paid' }).waitFor();
    await screenshot(page, 'console-7-paid');
    expect((await owner.get<Appointment>(`/api/appointments/${appointment.appointmentId}`)).body.status).toBe('paid');
    expect((await owner.get<{ receivableMinor: number }>(`/api/cases/${caseId}/balance`)).body.receivableMinor).toBe(0);
    // The case file shows the invoice paid and nothing owing.
    // The panel's case link is named by the case's label ("Who the visit is for").
    await panel.locator(`a[href="/cases/${caseId}"]`).click();
    await page.getByTestId('case-balance').filter({ hasText: /^Balance \$0\.00/ }).waitFor();
    await page.getByRole('table', { name: 'Invoices of the case' }).getByRole('cell', { name: 'paid', exact: true }).waitFor();
    // The invoice opens as a PDF from the case file.
    const pdf = page.waitForResponse((response) => response.url().endsWith('/pdf'));
    await page.getByRole('table', { name: 'Invoices of the case' }).getByRole('button', { name: 'Open' }).click();
    expect((await pdf).status()).toBe(200);
    expect((await pdf).headers()['content-type']).toBe('application/pdf');
    // Another payer for the case, from the case file.
    await page.getByRole('button', { name: 'Add payer or authorization' }).click();
    const payerForm = page.getByRole('form', { name: 'Add payer' });
    await payerForm.getByLabel('Kind').selectOption('motor_vehicle');
    await payerForm.getByLabel('Name').fill('Auto Insurer');
    await payerForm.getByLabel('Pays').selectOption('percent');
    await payerForm.getByLabel('Percent').fill('80');
    await payerForm.getByRole('button', { name: 'Add payer' }).click();
    await page.getByRole('table', { name: 'Payers and authorizations' }).getByText('Auto Insurer').waitFor();
    await screenshot(page, 'console-8-case-billing');
    // The grid shows it Paid too.
    await page.getByRole('link', { name: 'Schedule' }).click();
    await openDay(page);
    await page.locator(`[data-appointment-id="${appointment.appointmentId}"].status-paid`).waitFor();
    await page.close();
  });

  it.each([390, 820])('shows the day at %i px', { timeout: 60_000 }, async (width) => {
    const page = await signedIn(width);
    await openDay(page);
    if (width === 390) {
      await page.getByRole('list', { name: /Appointments of/ }).waitFor();
    } else {
      await page.locator('.grid-column').first().waitFor();
    }
    await screenshot(page, 'console-3-day');
    // The appointment panel fills a phone's width and takes the focus.
    await (width === 390 ? page.locator('.phone-item') : page.locator('.appointment')).first().click();
    const panel = page.getByRole('dialog', { name: 'Appointment' });
    await panel.getByTestId('appointment-status').waitFor();
    expect(await panel.evaluate((element) => element.contains(element.ownerDocument.activeElement))).toBe(true);
    await screenshot(page, 'console-3-appointment');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.close();
  });
});
