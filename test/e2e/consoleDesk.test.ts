/**
 * The front desk's wrong-today items of issue 16 in headless Chromium: the appointment panel names
 * the client, phone and case and asks for no audit trail the role may not read (3); a no-show's fee
 * shows without reopening (4); a booking outside every shift is drawn at its time (5); each role
 * sees only the settings forms it may use (6); client search by given name and by a phone typed as
 * shown (7). Then a front desk's whole day on the seeded demo with the console's new screens: find
 * a client by first name, book from the case through Find time across the week (asking why a time
 * is or is not bookable), move it, cancel it late and see the fee, arrive another visit; the week
 * view and the printable day sheet; no clipped badge or button at 1280 and 820 px.
 * Screenshots at 390, 820 and 1440 px (and the printed day sheet as a PDF) go to test/e2e/artifacts/.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ApiClient } from '../support/apiClient';
import { startWorld, type World } from '../support/world';
import { join } from 'node:path';
import { ARTIFACTS_DIR, screenshot } from './support/bookingFlow';
import { launchChromium } from './support/chromium';
import { addDays, dayView, freeStart, nextShiftDay, type DayViewBody } from './support/consoleGrid';
import { ensureWebBuilt } from './support/webBuild';
import { chooseDay, signInConsole } from './support/consoleSession';

describe('front desk in the console (issue 16)', () => {
  let world: World;
  let browser: Browser;
  let owner: ApiClient;
  let desk: ApiClient;
  let day: DayViewBody;
  let locationId: string;
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    const dist = ensureWebBuilt('console');
    world = await startWorld({ staticDirs: [{ mountPath: '/', directory: dist }] });
    browser = await launchChromium();
    owner = await world.clinicA.api('owner');
    desk = await world.clinicA.api('front_desk');
    const { calendarId } = world.clinicA.ids;
    locationId = (await owner.get<{ locationId: string }>(`/api/calendars/${calendarId}`)).body.locationId;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date());
    day = await nextShiftDay(owner, locationId, calendarId, today);
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await world?.stop();
  });

  afterEach(() => {
    expect(pageErrors.splice(0).map((error) => error.message)).toEqual([]);
  });

  async function signedIn(role: 'front_desk' | 'owner', width = 1440): Promise<Page> {
    const page = await signInConsole(browser, { baseUrl: world.baseUrl, email: world.clinicA.users[role]!.email, width, pageErrors });
    await page.getByRole('heading', { level: 1 }).filter({ hasText: '·' }).waitFor();
    return page;
  }

  async function openDay(page: Page): Promise<void> {
    await chooseDay(page, locationId, day.date);
    await page.locator(`[data-calendar-id="${world.clinicA.ids.calendarId}"]`).or(page.locator('.phone-day')).first().waitFor();
  }

  const at = (minutes: number) => new Date(Date.parse(`${day.date}T00:00:00Z`) + minutes * 60_000 - offsetMinutes() * 60_000).toISOString();
  /** The location's UTC offset on the day (minutes east of UTC), read from the clinic's zone by Intl. */
  function offsetMinutes(): number {
    const noon = new Date(`${day.date}T12:00:00Z`);
    const local = new Date(noon.toLocaleString('en-US', { timeZone: day.timeZone }));
    const utc = new Date(noon.toLocaleString('en-US', { timeZone: 'UTC' }));
    return Math.round((local.getTime() - utc.getTime()) / 60_000);
  }

  async function book(startMinutes: number): Promise<string> {
    const { caseId, sessionId, calendarId } = world.clinicA.ids;
    const booked = await desk.post<{ appointment: { appointmentId: string } }>('/api/appointments', { caseId, sessionId, calendarId, start: at(startMinutes), notify: false });
    expect(booked.status).toBe(201);
    return booked.body.appointment.appointmentId;
  }

  it('names who the visit is for, asks for no audit trail as front desk, and shows a no-show fee without reopening (items 3, 4)', { timeout: 90_000 }, async () => {
    const column = day.columns.find((item) => item.calendarId === world.clinicA.ids.calendarId)!;
    const appointmentId = await book(freeStart(column, day.timeZone, 60));
    const { clientId, caseId } = world.clinicA.ids;
    const { client, cases } = (await owner.get<{ client: { firstName: string; lastName: string; phone: string }; cases: { caseId: string; caseLabel: string }[] }>(`/api/clients/${clientId}`)).body;
    const caseLabel = cases.find((item) => item.caseId === caseId)!.caseLabel;

    for (const width of [390, 820, 1440]) {
      const page = await signedIn('front_desk', width);
      const auditCalls: string[] = [];
      page.on('request', (request) => {
        if (request.url().includes('/api/audit')) auditCalls.push(request.url());
      });
      await openDay(page);
      const box = page.locator(`[data-appointment-id="${appointmentId}"]`);
      await box.first().click();
      const panel = page.getByRole('dialog', { name: 'Appointment' });
      await panel.getByTestId('visit-client').filter({ hasText: `${client.firstName} ${client.lastName}` }).waitFor();
      expect(await panel.getByTestId('visit-phone').textContent()).toBe(client.phone);
      expect(await panel.getByTestId('visit-case').textContent()).toContain(caseLabel);
      expect(await panel.getByText('Your role does not show the history').count()).toBe(0);
      await screenshot(page, 'desk-1-appointment-panel');

      if (width === 1440) {
        // Item 4: the fee is made in the background; the panel says so and shows it when it lands.
        await panel.getByRole('button', { name: /No-show/i }).click();
        await panel.getByTestId('appointment-status').filter({ hasText: /No-show/i }).waitFor();
        expect(await panel.getByText('No charges for this visit').count()).toBe(0);
        await panel.getByText('Missed appointment fee').waitFor({ timeout: 30_000 });
        await screenshot(page, 'desk-2-no-show-fee');
      }
      expect(auditCalls).toEqual([]);
      await page.close();
    }
  });

  it('draws a booking made outside every shift at its real time (item 5)', { timeout: 60_000 }, async () => {
    const early = await book(4 * 60 + 33);
    const page = await signedIn('front_desk');
    await openDay(page);
    const box = page.locator(`[data-appointment-id="${early}"]`).first();
    await box.waitFor();
    const column = page.locator(`.grid-column[data-calendar-id="${world.clinicA.ids.calendarId}"]`);
    const [boxTop, columnTop] = [(await box.boundingBox())!.y, (await column.boundingBox())!.y];
    // The grid now starts at 4 AM: the 4:33 visit sits half an hour below its top, not in the 7:00 row.
    expect(boxTop - columnTop).toBeGreaterThan(0);
    expect(boxTop - columnTop).toBeLessThan(60);
    await screenshot(page, 'desk-3-outside-shift');
    await page.close();
  });

  it('shows each role only the settings forms the API allows (item 6)', { timeout: 60_000 }, async () => {
    const deskPage = await signedIn('front_desk');
    await deskPage.goto(`${world.baseUrl}/settings/locations`);
    await deskPage.getByRole('table', { name: 'Locations' }).waitFor();
    expect(await deskPage.getByRole('button', { name: 'Add location' }).count()).toBe(0);
    expect(await deskPage.getByRole('button', { name: /^Edit location/ }).count()).toBe(0);
    const nav = deskPage.getByRole('navigation', { name: 'Settings' });
    expect(await nav.getByText('Shifts').count()).toBe(1);
    expect(await nav.getByText('Billing policy').count()).toBe(0);
    await deskPage.goto(`${world.baseUrl}/settings/team`);
    await deskPage.getByRole('table', { name: 'Team and roles' }).waitFor();
    expect(await deskPage.getByRole('combobox', { name: /^Role of/ }).count()).toBe(0);
    expect(await deskPage.getByRole('button', { name: 'Add team member' }).count()).toBe(0);
    await screenshot(deskPage, 'desk-4-settings-front-desk');
    await deskPage.close();

    const ownerPage = await signedIn('owner');
    await ownerPage.goto(`${world.baseUrl}/settings/locations`);
    await ownerPage.getByRole('button', { name: 'Add location' }).waitFor();
    await ownerPage.close();
  });

  it('finds a client by given name and by a phone typed as shown (item 7)', { timeout: 60_000 }, async () => {
    const page = await signedIn('front_desk');
    await page.goto(`${world.baseUrl}/clients`);
    const search = page.getByLabel('Search clients');
    await search.fill('emma');
    await page.getByText('Thompson, Emma').first().waitFor();
    await search.fill('416 555 0144');
    await page.getByText('Smith, Noah').first().waitFor();
    await screenshot(page, 'desk-5-client-search');
    await page.close();
  });

  it('walks a front-desk day: find by first name, book from the case, move, cancel late, arrive', { timeout: 240_000 }, async () => {
    const { clientId, caseId, sessionId, calendarId } = world.clinicA.ids;
    // Every cancellation in the next two weeks is late, so this one (whatever the hour) charges the fee.
    expect((await owner.patch('/api/clinic', { lateCancelWindowHours: 336 })).status).toBe(200);
    const { client, cases } = (await owner.get<{ client: { firstName: string; lastName: string }; cases: { caseId: string; caseLabel: string }[] }>(`/api/clients/${clientId}`)).body;
    const caseLabel = cases.find((item) => item.caseId === caseId)!.caseLabel;
    const fresh = await dayView(owner, locationId, day.date);
    const arriving = await book(freeStart(fresh.columns.find((item) => item.calendarId === calendarId)!, day.timeZone, 30, 10 * 60));

    const page = await signedIn('front_desk');
    // Find the client by first name, open the case, and Book from it.
    await page.goto(`${world.baseUrl}/clients`);
    await page.getByLabel('Search clients').fill(client.firstName.toLowerCase());
    await page.getByRole('link', { name: `${client.lastName}, ${client.firstName}` }).first().click();
    await page.getByRole('link', { name: new RegExp(caseLabel) }).first().click();
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByTestId('booking-intent').filter({ hasText: `${client.firstName} ${client.lastName}, case ${caseLabel}` }).waitFor();
    await chooseDay(page, locationId, day.date);

    // Find time over the next 7 days; the first opening opens the booking panel with the case chosen.
    const controls = page.getByRole('complementary', { name: 'Schedule controls' });
    await controls.getByLabel('Session').selectOption(sessionId);
    await controls.getByLabel('Search').selectOption('7');
    await controls.getByRole('button', { name: 'Find time', exact: true }).click();
    const firstOpening = controls.getByTestId('find-results').getByRole('button').first();
    await firstOpening.waitFor();
    await screenshot(page, 'desk-6-find-time-weeks');
    await firstOpening.click();
    const booking = page.getByRole('dialog', { name: 'New booking' });
    await booking.getByTestId('booking-client').filter({ hasText: `${client.firstName} ${client.lastName}` }).waitFor();
    expect(await booking.getByRole('radio', { name: new RegExp(caseLabel) }).isChecked()).toBe(true);
    await booking.getByRole('button', { name: "Why can't I book here?" }).click();
    await booking.getByTestId('explanation').waitFor();
    expect(await booking.getByTestId('explanation').textContent()).toMatch(/can be booked|Front desk can book/);
    await screenshot(page, 'desk-7-book-from-case');
    await booking.getByRole('button', { name: 'Book', exact: true }).click();

    // Move it half an hour later.
    let panel = page.getByRole('dialog', { name: 'Appointment' });
    await panel.getByTestId('visit-case').filter({ hasText: caseLabel }).waitFor();
    await panel.getByRole('button', { name: 'Move', exact: true }).click();
    const time = panel.getByLabel('New time');
    const [hours, minutes] = (await time.inputValue()).split(':').map(Number) as [number, number];
    const later = hours * 60 + minutes + 30;
    await time.fill(`${String(Math.floor(later / 60)).padStart(2, '0')}:${String(later % 60).padStart(2, '0')}`);
    await panel.getByRole('button', { name: 'Move here' }).click();
    await panel.getByText(new RegExp(`${(Math.floor(later / 60) % 12) || 12}:${String(later % 60).padStart(2, '0')} ${later < 720 ? 'AM' : 'PM'}`)).first().waitFor();

    // Cancel it late: the status and the fee show without reopening the panel.
    panel = page.getByRole('dialog', { name: 'Appointment' });
    await panel.getByRole('button', { name: 'Cancel', exact: true }).click();
    await panel.getByLabel('Why is it canceled?').fill('Client is unwell');
    await panel.getByRole('button', { name: 'Cancel appointment' }).click();
    await panel.getByText(/Canceled late/).waitFor();
    expect(await panel.getByText('No charges for this visit').count()).toBe(0);
    await panel.getByText('Late cancellation fee').waitFor({ timeout: 30_000 });
    await screenshot(page, 'desk-8-late-cancel-fee');
    await page.getByRole('button', { name: 'Close panel' }).click();

    // Arrive the visit booked for this day.
    await chooseDay(page, locationId, day.date);
    await page.locator(`[data-appointment-id="${arriving}"]`).first().click();
    panel = page.getByRole('dialog', { name: 'Appointment' });
    await panel.getByRole('button', { name: 'Arrive' }).click();
    await panel.getByTestId('appointment-status').filter({ hasText: /Arrived/ }).waitFor();
    await page.getByRole('button', { name: 'Close panel' }).click();

    await page.close();
  });

  it('shows a calendar’s week with its visits in their days, and a day sheet that lists the day and prints unclipped (1440, 820, 390 px)', { timeout: 180_000 }, async () => {
    // The week of the shift day the earlier tests booked on (from a Friday, that is next week's Monday).
    const dates = mondayFirstWeek(day.date);
    // The calendar of the location with the most visits that week, as the API lists them.
    const week = await Promise.all(dates.map((date) => dayView(owner, locationId, date)));
    const busiest = [...new Set(week.flatMap((view) => view.columns.map((column) => column.calendarId)))]
      .map((calendarId) => ({ calendarId, visits: week.flatMap((view) => view.columns.filter((column) => column.calendarId === calendarId).flatMap((column) => shown(column.appointments))).length }))
      .sort((a, b) => b.visits - a.visits)[0]!;
    expect(busiest.visits).toBeGreaterThan(0);
    const calendarWeek = await Promise.all(dates.map(async (date) => (await owner.get<DayViewBody>(`/api/day-view?locationId=${locationId}&date=${date}&calendarIds=${busiest.calendarId}&statuses=${SHOWN.join(',')}`)).body));
    const expectedWeek = calendarWeek.map((view) => shown(view.columns.find((column) => column.calendarId === busiest.calendarId)?.appointments ?? []).map((item) => item.appointmentId).sort());
    // The day sheet of the location's busiest day this week.
    const sheetDate = dates[week.map((view) => view.columns.flatMap((column) => shown(column.appointments)).length).reduce((best, count, index, counts) => (count > counts[best]! ? index : best), 0)]!;
    const sheetDay = (await owner.get<{ timeZone: string; columns: { appointments: { start: string; status: string; clientName: string }[] }[] }>(`/api/day-view?locationId=${locationId}&date=${sheetDate}&statuses=${SHOWN.join(',')}`)).body;
    const timeOf = (instant: string) => new Intl.DateTimeFormat('en-US', { timeZone: sheetDay.timeZone, hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
    const expectedSheet = sheetDay.columns.flatMap((column) => shown(column.appointments).map((item) => `${timeOf(item.start)} ${item.clientName}`)).sort();
    expect(expectedSheet.length).toBeGreaterThan(0);

    for (const width of [1440, 820, 390]) {
      const page = await signedIn('front_desk', width);
      await chooseDay(page, locationId, sheetDate);
      const toolbar = page.locator('.schedule-toolbar');

      // The week of one calendar: each seeded visit in its own day, Monday first.
      await toolbar.getByText('Week', { exact: true }).click();
      await page.getByRole('region', { name: 'Week of the calendar' }).waitFor();
      await page.getByLabel('Calendar', { exact: true }).selectOption(busiest.calendarId);
      const days = page.locator('.week-day');
      await expect.poll(async () => (await days.allTextContents()).some((text) => text.includes('Loading…')), { timeout: 30_000 }).toBe(false);
      const shownWeek = await days.evaluateAll((sections) => sections.map((section) => [...section.querySelectorAll('[data-appointment-id]')].map((item) => item.getAttribute('data-appointment-id')!).sort()));
      expect(shownWeek).toEqual(expectedWeek);
      await screenshot(page, 'desk-9-week');

      // The day sheet: every visit of the day with its client and time; on paper nothing is cut off.
      await toolbar.getByText('Day sheet', { exact: true }).click();
      const sheet = page.getByTestId('day-sheet');
      await sheet.locator('tbody tr').first().waitFor();
      const rows = await sheet.locator('tbody tr').evaluateAll((items) => items.map((row) => {
        const [time, client] = [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
        return `${time!.split('–')[0]} ${client}`;
      }));
      expect(rows.sort()).toEqual(expectedSheet);
      await screenshot(page, 'desk-10-day-sheet');
      await page.emulateMedia({ media: 'print' });
      expect(await printClipping(page)).toEqual({ sheetVisible: true, actionsShown: false, clipped: [] });
      if (width === 1440) await page.pdf({ path: join(ARTIFACTS_DIR, 'desk-10-day-sheet.pdf'), printBackground: true });
      await page.close();
    }
  });

  it('clips no badge or button at 1280 and 820 px (schedule, client, case)', { timeout: 90_000 }, async () => {
    const { clientId, caseId } = world.clinicA.ids;
    for (const width of [1280, 820]) {
      const page = await signedIn('front_desk', width);
      await openDay(page);
      const screens: [string, () => Promise<unknown>][] = [
        ['schedule', async () => undefined],
        ['client', async () => {
          await page.goto(`${world.baseUrl}/clients/${clientId}`);
          await page.getByRole('table', { name: 'Case files' }).waitFor();
        }],
        ['case', async () => {
          await page.goto(`${world.baseUrl}/cases/${caseId}`);
          await page.getByTestId('case-status').waitFor();
        }],
      ];
      for (const [name, open] of screens) {
        await open();
        expect({ width, name, clipped: await clippedControls(page) }).toEqual({ width, name, clipped: [] });
      }
      await page.close();
    }
  });
});

/** The statuses the console shows unless asked (canceled and rebooked visits are hidden and left off the day sheet). */
const SHOWN = ['booked', 'confirmed', 'arrived', 'paid', 'no_show'];
function shown<T extends { status: string }>(appointments: readonly T[]): T[] {
  return appointments.filter((item) => SHOWN.includes(item.status));
}

/** The seven dates of a date's week, Monday first, as the week view lays them out. */
function mondayFirstWeek(date: string): string[] {
  const weekday = (new Date(`${date}T12:00:00Z`).getUTCDay() + 6) % 7;
  return Array.from({ length: 7 }, (_, index) => addDays(date, index - weekday));
}

/**
 * In print media: the day sheet is the only thing on paper, its Print button is not, and no part of
 * it is cut off (the sheet, a table or a cell scrolling or overflowing its box, or reaching past the page's width).
 */
async function printClipping(page: Page): Promise<{ sheetVisible: boolean; actionsShown: boolean; clipped: string[] }> {
  return page.evaluate(`(() => {
    const sheet = document.querySelector('.day-sheet');
    const actions = document.querySelector('.day-sheet-actions');
    const overflows = (element) => element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1;
    const clipped = [sheet, ...sheet.querySelectorAll('table, th, td')]
      .filter((element) => overflows(element) || element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .map((element) => element.tagName + ': ' + (element.textContent || '').slice(0, 40));
    if (sheet.getBoundingClientRect().bottom > document.documentElement.scrollHeight + 1) clipped.push('sheet: taller than the printed document');
    return { sheetVisible: getComputedStyle(sheet).visibility === 'visible', actionsShown: actions.getClientRects().length > 0, clipped };
  })()`);
}

/** Badges and buttons whose text overflows their box (the grid's appointment boxes clip by design). */
async function clippedControls(page: Page): Promise<string[]> {
  const selectors = '.mantine-Badge-root, .mantine-Badge-label, .mantine-Button-root, .mantine-Button-label, .mantine-SegmentedControl-label';
  return page.locator(selectors).evaluateAll((elements) =>
    elements
      .filter((element) => !element.closest('.appointment, .week-item, .block-edit') && element.getClientRects().length > 0)
      .filter((element) => element.scrollWidth > element.clientWidth + 1)
      .map((element) => `${String(element.className).split(' ')[0]}: ${element.textContent ?? ''}`),
  );
}
